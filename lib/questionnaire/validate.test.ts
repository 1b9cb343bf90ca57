import { describe, expect, it } from "vitest";
import { renderMessage } from "../i18n/message";
import { translatorFor } from "../i18n/translator";
import { validateQuestionnaire } from "./validate";
import { fixtureInput } from "../test/fixture";
import type { QuestionnaireInput } from "./schema";

const clone = (): QuestionnaireInput => structuredClone(fixtureInput);
const en = translatorFor("en");
const problems = (input: unknown) => {
  const r = validateQuestionnaire(input);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${renderMessage(i.message, en, "en")}`);
};

describe("validateQuestionnaire", () => {
  it("accepts the fixture", () => {
    expect(problems(fixtureInput)).toEqual([]);
  });

  it("rejects a rule that points at a missing question, naming the condition", () => {
    const input = clone();
    input.conditions[1]!.rule = { op: "gte", question: "nope", value: 1 };
    expect(problems(input)).toEqual([`conditions.coverage_85.rule: The rule refers to question "nope", which does not exist.`]);
  });

  it("rejects a rule applied to the wrong kind of question", () => {
    const input = clone();
    input.conditions[1]!.rule = { op: "gte", question: "wtza", value: 1 };
    expect(problems(input)[0]).toMatch(/conditions\.coverage_85\.rule: "gte" cannot be applied to question "wtza" of kind yesNo/);
  });

  it("rejects an option that the question does not have", () => {
    const input = clone();
    input.conditions[3]!.appliesWhen = { op: "equals", question: "contract_status", value: "maybe" };
    expect(problems(input)).toEqual([`conditions.kvk_recent.appliesWhen: Question "contract_status" has no option "maybe".`]);
  });

  it("rejects evidence that is not a file question", () => {
    const input = clone();
    input.conditions[0]!.evidence = { question: "wtza", description: { nl: "x", en: "x" } };
    expect(problems(input)[0]).toMatch(/conditions\.wtza\.evidence/);
  });

  it("rejects duplicate keys", () => {
    const input = clone();
    input.sections[1]!.questions[1]!.key = "wtza";
    expect(problems(input).join("\n")).toMatch(/questions\.wtza: The key "wtza" occurs more than once/);
  });

  it("rejects circular visibility", () => {
    const input = clone();
    const q = input.sections[1]!.questions;
    q[0]!.visibleWhen = { op: "answered", question: "beds" };
    q[2]!.visibleWhen = { op: "isYes", question: "wtza" };
    expect(problems(input).join("\n")).toMatch(/Visibility is circular: (wtza → beds → wtza|beds → wtza → beds)/);
  });

  it("rejects malformed rules and dates by shape", () => {
    const input = clone() as unknown as { conditions: { rule: unknown }[]; procedureDates: { when: unknown }[] };
    input.conditions[0]!.rule = { op: "between", question: "beds" };
    input.procedureDates[0]!.when = { precision: "day", date: "2025-02-30" };
    const found = problems(input);
    expect(found.some((p) => p.startsWith("conditions.0.rule"))).toBe(true);
    expect(found.some((p) => p.startsWith("procedureDates.0.when.date"))).toBe(true);
  });

  it("rejects options on a non-choice question and min above max", () => {
    const input = clone();
    input.sections[1]!.questions[2]!.min = 10;
    input.sections[1]!.questions[2]!.max = 5;
    input.sections[1]!.questions[0]!.options = [
      { value: "a", label: { nl: "a", en: "a" } },
      { value: "b", label: { nl: "b", en: "b" } },
    ];
    const found = problems(input).join("\n");
    expect(found).toMatch(/beds: The minimum exceeds the maximum/);
    expect(found).toMatch(/wtza: Only choice questions have options/);
  });

  it("rejects an end date before the start date", () => {
    const input = clone();
    input.procedureDates[3]!.when = { precision: "day", date: "2025-06-30", endDate: "2025-06-01" };
    expect(problems(input)).toEqual(["procedureDates.registration_window.when: The end date lies before the start date."]);
  });
});

describe("replaces", () => {
  it("names only keys that no question of the same version has", () => {
    const def = structuredClone(fixtureInput);
    const general = def.sections[1]!.questions;
    general.find((q) => q.key === "plan")!.replaces = ["old_plan", "name"];
    const result = validateQuestionnaire(def);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(["sections.algemeen.questions.plan.replaces"]);
    general.find((q) => q.key === "plan")!.replaces = ["old_plan"];
    expect(validateQuestionnaire(def).ok).toBe(true);
  });
});

describe("format 3 references between items", () => {
  it("accepts a summary of other conditions and an answer window that closes with a procedure date", () => {
    const input = clone();
    input.conditions[0]!.summarises = ["coverage_85", "file_only"];
    input.answerWindowCloses = "registration_window";
    expect(problems(input)).toEqual([]);
  });

  it("rejects a summary of itself or of a condition that does not exist", () => {
    const input = clone();
    input.conditions[0]!.summarises = ["wtza", "nope"];
    expect(problems(input)).toEqual([
      'conditions.wtza.summarises: Condition "wtza" sums up "wtza", which is not another condition of this version.',
      'conditions.wtza.summarises: Condition "wtza" sums up "nope", which is not another condition of this version.',
    ]);
  });

  it("rejects an answer window that names no procedure date", () => {
    const input = clone();
    input.answerWindowCloses = "nope";
    expect(problems(input)).toEqual(['answerWindowCloses: The answer window closes with "nope", but that procedure date does not exist.']);
  });
});

/**
 * Generated from the shipped questionnaires' own definitions: every threshold of every condition is
 * tested at its limit and just past it, and every applicability branch both ways. For each, answers
 * are searched for in which that threshold (or applicability) decides the verdict; a threshold that
 * no answers can make decisive fails too.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addToDate } from "../dates";
import { loadQuestionnaireFile, shippedQuestionnaireFiles } from "../questionnaire/files";
import type { AnswerValue, Answers, Condition, Question, QuestionnaireDefinition, Rule } from "../questionnaire/schema";
import { ruleQuestions } from "../questionnaire/validate";
import { evaluateChecklist, resolveVisibility, type ConditionStatus } from "./engine";
import { evaluateRule, type Truth } from "./rules";

const ENROLMENT = "2025-06-15";
const AT = { enrolment: ENROLMENT, today: ENROLMENT };
const MAX_COMBINATIONS = 40_000;

type Leaf = Extract<Rule, { question: string }>;
type Threshold = Extract<Leaf, { op: "gte" | "gt" | "lte" | "lt" | "eq" | "dateOnOrBefore" | "dateBefore" | "dateOnOrAfter" | "dateAfter" | "notOlderThan" }>;

function leaves(rule: Rule): Leaf[] {
  if (rule.op === "all" || rule.op === "any") return rule.rules.flatMap(leaves);
  if (rule.op === "not") return leaves(rule.rule);
  return [rule];
}

const isThreshold = (leaf: Leaf): leaf is Threshold =>
  ["gte", "gt", "lte", "lt", "eq", "dateOnOrBefore", "dateBefore", "dateOnOrAfter", "dateAfter", "notOlderThan"].includes(leaf.op);

/** The answer exactly at the limit, the answer just past it, and whether the leaf holds at the limit. */
function limits(leaf: Threshold, question: Question): { at: AnswerValue; past: AnswerValue; holdsAtLimit: boolean } {
  const step = question.integer ? 1 : 0.01;
  switch (leaf.op) {
    case "gte":
    case "gt":
    case "lte":
    case "lt":
    case "eq": {
      const limit = leaf.value / (leaf.denominator ?? 1);
      const below = leaf.op === "gte" || leaf.op === "lt";
      return { at: limit, past: below ? limit - step : limit + step, holdsAtLimit: leaf.op !== "gt" && leaf.op !== "lt" };
    }
    case "dateOnOrBefore":
    case "dateAfter":
      return { at: leaf.value, past: addToDate(leaf.value, 1, "days"), holdsAtLimit: leaf.op === "dateOnOrBefore" };
    case "dateOnOrAfter":
    case "dateBefore":
      return { at: leaf.value, past: addToDate(leaf.value, -1, "days"), holdsAtLimit: leaf.op === "dateOnOrAfter" };
    case "notOlderThan": {
      const limit = addToDate(leaf.reference === "enrolment" ? ENROLMENT : leaf.reference, -leaf.amount, leaf.unit);
      return { at: limit, past: addToDate(limit, -1, "days"), holdsAtLimit: true };
    }
  }
}

/** Answers worth trying per question: every option, both yes and no, each limit the rules name. */
function candidates(def: QuestionnaireDefinition, question: Question): AnswerValue[] {
  const options = (question.options ?? []).map((o) => o.value);
  switch (question.kind) {
    case "yesNo":
      return [true, false];
    case "singleChoice":
      return options;
    case "multipleChoice":
      return [...options.map((o) => [o]), options];
    case "file":
      return [["file"], []];
    case "shortText":
    case "longText":
      return ["x"];
    default: {
      const values = new Set<AnswerValue>();
      for (const c of def.conditions) {
        for (const leaf of [c.rule, ...(c.appliesWhen ? [c.appliesWhen] : [])].flatMap(leaves)) {
          if (leaf.question === question.key && isThreshold(leaf)) {
            const { at, past } = limits(leaf, question);
            values.add(at).add(past);
          }
        }
      }
      return values.size ? [...values] : [question.kind === "date" ? ENROLMENT : 1];
    }
  }
}

/** The questions a verdict can depend on: those of the rules, and what decides their visibility. */
function closure(def: QuestionnaireDefinition, keys: string[]): string[] {
  const byKey = new Map(def.sections.flatMap((s) => s.questions.map((q) => [q.key, { q, s }] as const)));
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !byKey.has(key)) return;
    seen.add(key);
    const { q, s } = byKey.get(key)!;
    for (const rule of [q.visibleWhen, s.visibleWhen]) if (rule) ruleQuestions(rule).forEach(visit);
  };
  keys.forEach(visit);
  return [...seen];
}

/**
 * Every combination of candidate answers for `keys`; when there would be too many, the combinations
 * that differ from one baseline (each question's first candidate) in at most two questions.
 */
function* combinations(def: QuestionnaireDefinition, keys: string[]): Generator<Record<string, AnswerValue>> {
  const questions = new Map(def.sections.flatMap((s) => s.questions).map((q) => [q.key, q]));
  const lists = keys.map((k) => candidates(def, questions.get(k)!));
  if (lists.reduce((n, l) => n * l.length, 1) > MAX_COMBINATIONS) {
    const baseline = Object.fromEntries(keys.map((k, i) => [k, lists[i]![0]!]));
    yield baseline;
    for (let i = 0; i < keys.length; i++) {
      for (const a of lists[i]!.slice(1)) {
        yield { ...baseline, [keys[i]!]: a };
        for (let j = i + 1; j < keys.length; j++) for (const b of lists[j]!.slice(1)) yield { ...baseline, [keys[i]!]: a, [keys[j]!]: b };
      }
    }
    return;
  }
  const pick = (i: number, acc: Record<string, AnswerValue>): Generator<Record<string, AnswerValue>> =>
    (function* () {
      if (i === keys.length) {
        yield { ...acc };
        return;
      }
      for (const v of lists[i]!) yield* pick(i + 1, { ...acc, [keys[i]!]: v });
    })();
  yield* pick(0, {});
}

const truth = (def: QuestionnaireDefinition, rule: Rule, answers: Answers): Truth => evaluateRule(rule, resolveVisibility(def, answers, ENROLMENT).ctx);
const statusOf = (def: QuestionnaireDefinition, key: string, answers: Answers): ConditionStatus =>
  evaluateChecklist(def, answers, AT).conditions.find((c) => c.condition.key === key)!.status;
const FULFILLED: ConditionStatus[] = ["met", "evidenceMissing", "awaitingDecision"];

/** Answers around `leaf`, with the condition applying, in which the leaf decides the rule. */
function decisiveAnswers(def: QuestionnaireDefinition, condition: Condition, leaf: Threshold, question: Question) {
  const { at, past } = limits(leaf, question);
  const keys = closure(def, [...ruleQuestions(condition.rule), ...(condition.appliesWhen ? ruleQuestions(condition.appliesWhen) : [])]).filter(
    (k) => k !== leaf.question,
  );
  for (const others of combinations(def, keys)) {
    const atLimit = { ...others, [leaf.question]: at };
    const pastLimit = { ...others, [leaf.question]: past };
    if (condition.appliesWhen && truth(def, condition.appliesWhen, atLimit) !== true) continue;
    const a = truth(def, condition.rule, atLimit);
    const b = truth(def, condition.rule, pastLimit);
    if (a !== "unknown" && b !== "unknown" && a !== b) return { atLimit, pastLimit };
  }
  return null;
}

for (const file of shippedQuestionnaireFiles()) {
  const loaded = loadQuestionnaireFile(file);
  if (!loaded.ok) continue; // shipped.test.ts reports it
  const def = loaded.definition;
  const questions = new Map(def.sections.flatMap((s) => s.questions).map((q) => [q.key, q]));

  describe(`${path.basename(file)}: thresholds at the limit and just past it`, () => {
    for (const condition of def.conditions) {
      leaves(condition.rule)
        .filter(isThreshold)
        .forEach((leaf, i) => {
          it(`${condition.key} #${i + 1}: ${leaf.op} on ${leaf.question}`, () => {
            const question = questions.get(leaf.question)!;
            const { at, past, holdsAtLimit } = limits(leaf, question);
            const ctx = (value: AnswerValue) => ({ answers: { [leaf.question]: value }, isVisible: () => true, enrolment: ENROLMENT });
            expect(evaluateRule(leaf, ctx(at))).toBe(holdsAtLimit);
            expect(evaluateRule(leaf, ctx(past))).toBe(!holdsAtLimit);

            const found = decisiveAnswers(def, condition, leaf, question);
            expect(found, "no answers make this threshold decide the verdict").not.toBeNull();
            const verdicts = [statusOf(def, condition.key, found!.atLimit), statusOf(def, condition.key, found!.pastLimit)];
            expect(verdicts).toContain("notMet");
            expect(verdicts.filter((v) => FULFILLED.includes(v))).toHaveLength(1);
          });
        });
    }
  });

  describe(`${path.basename(file)}: every applicability branch`, () => {
    for (const condition of def.conditions.filter((c) => c.appliesWhen)) {
      it(`${condition.key}: not applicable (never not met) outside it, judged inside it`, () => {
        const keys = closure(def, ruleQuestions(condition.appliesWhen!));
        let outside: Answers | null = null;
        let inside: Answers | null = null;
        for (const answers of combinations(def, keys)) {
          const applies = truth(def, condition.appliesWhen!, answers);
          if (applies === false) outside ??= answers;
          if (applies === true) inside ??= answers;
          if (outside && inside) break;
        }
        expect(outside, "no answers put the provider outside it").not.toBeNull();
        expect(inside, "no answers put the provider inside it").not.toBeNull();
        // Outside it nothing makes it "not met", even answers that fail its rule.
        const failing = Object.fromEntries(ruleQuestions(condition.rule).map((k) => [k, questions.get(k)!.kind === "yesNo" ? false : null]));
        expect(statusOf(def, condition.key, { ...failing, ...outside! })).toBe("notApplicable");
        expect(statusOf(def, condition.key, inside!)).not.toBe("notApplicable");
      });
    }
  });
}

describe("Wlz GGZ, the issue's examples", () => {
  const loaded = loadQuestionnaireFile(path.join(process.cwd(), "prisma", "questionnaires", "wlz_ggz.json"));
  if (!loaded.ok) throw new Error("wlz_ggz.json does not load");
  const def = loaded.definition;
  const status = (answers: Answers, key: string, at = AT) => evaluateChecklist(def, answers, at).conditions.find((c) => c.condition.key === key)!.status;

  it("does not demand the hardship form after 'Nee' to the hardship clause", () => {
    expect(status({ hardship_request: false }, "hardship_request_procedure")).toBe("met");
  });

  it("judges the KvK extract as at enrolment: a draft is never judged after the answer window closed", () => {
    const answers = { contract_status: "new", kvk_extract_date: "2024-03-01", kvk_file: ["f"] };
    const draftNow = { enrolment: "2024-07-31", today: "2026-11-26" }; // capped at enrolment_deadline
    expect(def.answerWindowCloses).toBe("enrolment_deadline");
    expect(status(answers, "kvk_extract_recent", draftNow)).toBe("met");
    expect(status(answers, "kvk_extract_recent", { enrolment: "2026-11-26", today: "2026-11-26" })).toBe("notMet");
  });
});

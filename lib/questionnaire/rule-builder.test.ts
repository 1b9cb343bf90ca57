import { describe, expect, it } from "vitest";
import { emptyLeaf, nodeToRule, opsForKind, parseNumber, ruleToNode, withQuestion, type LeafNode, type RuleNode } from "./rule-builder";
import type { Question, Rule } from "./schema";
import { fixture } from "../test/fixture";

const questions = new Map<string, Question>(fixture.sections.flatMap((s) => s.questions).map((q) => [q.key, q]));

describe("rule builder", () => {
  it("offers the operators that fit the question's kind", () => {
    expect(opsForKind("number")).toEqual(["answered", "gte", "gt", "lte", "lt", "eq"]);
    expect(opsForKind("yesNo")).toEqual(["isYes", "isNo", "answered"]);
    expect(opsForKind("singleChoice")).toEqual(["answered", "equals", "oneOf"]);
    expect(opsForKind("file")).toEqual(["answered", "fileUploaded"]);
    expect(opsForKind("date")).toEqual(["answered", "dateOnOrBefore", "dateBefore", "dateOnOrAfter", "dateAfter", "notOlderThan"]);
  });

  it("turns every rule of the fixture into a tree and back unchanged", () => {
    const rules: Rule[] = [
      ...fixture.conditions.flatMap((c) => [c.rule, ...(c.appliesWhen ? [c.appliesWhen] : [])]),
      ...fixture.sections.flatMap((s) => [s.visibleWhen, ...s.questions.map((q) => q.visibleWhen)]).filter((r): r is Rule => !!r),
    ];
    expect(rules.length).toBeGreaterThan(10);
    for (const rule of rules) expect(nodeToRule(ruleToNode(rule), questions)).toEqual({ ok: true, rule });
  });

  it("keeps exact fractions, reference dates and the exclusive date tests through a round trip", () => {
    const rules: Rule[] = [
      { op: "gte", question: "coverage", value: 200, denominator: 3 },
      { op: "notOlderThan", question: "kvk_date", amount: 6, unit: "months", reference: "2024-01-01" },
      { op: "notOlderThan", question: "kvk_date", amount: 6, unit: "months", reference: "enrolment" },
      { op: "dateBefore", question: "start_date", value: "2026-01-01" },
      { op: "dateAfter", question: "start_date", value: "2026-01-01" },
    ];
    for (const rule of rules) expect(nodeToRule(ruleToNode(rule), questions)).toEqual({ ok: true, rule });
    expect(ruleToNode(rules[0]!)).toMatchObject({ value: "200/3" });
    expect(ruleToNode(rules[1]!)).toMatchObject({ reference: "2024-01-01" });
  });

  it("reads '200/3' as an exact fraction and refuses what is not one", () => {
    const leaf = (value: string): RuleNode => ({ ...emptyLeaf("coverage", "gte"), value });
    expect(nodeToRule(leaf("200/3"), questions)).toEqual({ ok: true, rule: { op: "gte", question: "coverage", value: 200, denominator: 3 } });
    for (const value of ["200/0", "200/-3", "200/1,5", "1/2/3", "x/3", "/3", "200/"]) {
      expect(nodeToRule(leaf(value), questions), value).toEqual({ ok: false, problems: [{ path: "", message: "number" }] });
    }
  });

  it("counts an age from the moment of enrolment unless a real date is given", () => {
    const age = (reference: string): LeafNode => ({ ...emptyLeaf("kvk_date", "notOlderThan"), amount: "3", reference });
    expect(nodeToRule(age("2025-02-28"), questions)).toMatchObject({ ok: true, rule: { reference: "2025-02-28" } });
    expect(nodeToRule(age("2025-02-30"), questions)).toMatchObject({ ok: true, rule: { reference: "enrolment" } });
    expect(emptyLeaf().reference).toBe("enrolment");
    const moved = withQuestion({ ...age("2025-02-28"), question: "kvk_date" }, questions.get("kvk_date"));
    expect(moved.reference).toBe("2025-02-28");
    expect(withQuestion(age("2025-02-28"), questions.get("start_date")).reference).toBe("enrolment");
  });

  it("builds a threshold rule from form values, with a decimal comma", () => {
    const node: RuleNode = { ...emptyLeaf("coverage", "gte"), value: "85,5" };
    expect(nodeToRule(node, questions)).toEqual({ ok: true, rule: { op: "gte", question: "coverage", value: 85.5 } });
  });

  it("lists every unfinished part of a nested tree by its path", () => {
    const node: RuleNode = {
      type: "group",
      op: "all",
      children: [
        emptyLeaf(),
        { type: "not", child: { ...emptyLeaf("beds", "gte"), value: "veel" } },
        { type: "group", op: "any", children: [] },
        { ...emptyLeaf("wtza", "gte"), value: "1" },
        { ...emptyLeaf("contract_status", "equals"), value: "maybe" },
        { ...emptyLeaf("sub_types", "includesAny"), values: [] },
        { ...emptyLeaf("kvk_date", "notOlderThan"), amount: "0" },
        { ...emptyLeaf("start_date", "dateOnOrAfter"), value: "2026-02-30" },
        emptyLeaf("gone", "answered"),
      ],
    };
    expect(nodeToRule(node, questions)).toEqual({
      ok: false,
      problems: [
        { path: "0", message: "question" },
        { path: "1.0", message: "number" },
        { path: "2", message: "emptyGroup" },
        { path: "3", message: "operator" },
        { path: "4", message: "option" },
        { path: "5", message: "options" },
        { path: "6", message: "amount" },
        { path: "7", message: "date" },
        { path: "8", message: "unknownQuestion" },
      ],
    });
  });

  it("keeps the operator when the new question's kind has it, else picks the first that fits", () => {
    const leaf = { ...emptyLeaf("beds", "gte"), value: "3" };
    expect(withQuestion(leaf, questions.get("coverage"))).toEqual({ ...emptyLeaf("coverage", "gte") });
    expect(withQuestion(leaf, questions.get("wtza"))).toEqual(emptyLeaf("wtza", "isYes"));
    expect(withQuestion(leaf, questions.get("beds"))).toEqual(leaf);
  });

  it("reads numbers the Dutch and the English way", () => {
    expect(parseNumber("12,5")).toBe(12.5);
    expect(parseNumber(" 85 ")).toBe(85);
    expect(parseNumber("-3")).toBe(-3);
    expect(parseNumber("1.234,5")).toBeNull();
    expect(parseNumber("")).toBeNull();
  });
});

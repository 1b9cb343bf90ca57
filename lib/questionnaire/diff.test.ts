import { describe, expect, it } from "vitest";
import { deepEqual, diffDefinitions, diffSummary, isEmptyDiff } from "./diff";
import { fixture } from "../test/fixture";

const clone = () => structuredClone(fixture);

describe("diffDefinitions", () => {
  it("finds nothing between a version and itself, whatever the key order", () => {
    const reorder = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reorder) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reorder(x)])) : v;
    expect(isEmptyDiff(diffDefinitions(fixture, reorder(fixture) as typeof fixture))).toBe(true);
  });

  it("lists added, removed and changed questions with the fields that changed", () => {
    const next = clone();
    const general = next.sections[1]!;
    general.questions = general.questions.filter((q) => q.key !== "plan");
    general.questions.push({ key: "fte", kind: "number", label: { nl: "Aantal fte", en: "FTE" }, required: true });
    const beds = general.questions.find((q) => q.key === "beds")!;
    beds.max = 500;
    beds.label = { nl: "Bedden", en: "Beds" };
    const diff = diffDefinitions(fixture, next);
    expect(diff.questions.added.map((q) => q.key)).toEqual(["fte"]);
    expect(diff.questions.added[0]!.section).toBe("algemeen");
    expect(diff.questions.removed.map((q) => q.key)).toEqual(["plan"]);
    expect(diff.questions.changed).toEqual([expect.objectContaining({ key: "beds", fields: ["label", "max"] })]);
    expect(diff.conditions).toEqual({ added: [], removed: [], changed: [] });
  });

  it("counts moving a question to another section as a change, reordering not", () => {
    const next = clone();
    const name = next.sections[1]!.questions.pop()!;
    next.sections[2]!.questions.push(name);
    next.sections[1]!.questions.reverse();
    const diff = diffDefinitions(fixture, next);
    expect(diff.questions.changed.map((c) => [c.key, c.fields])).toEqual([["name", ["section"]]]);
  });

  it("lists changed conditions, dates, sections and top-level fields", () => {
    const next = clone();
    next.conditions[1]!.rule = { op: "gte", question: "coverage", value: 90 };
    next.conditions.push({ ...next.conditions[0]!, key: "extra" });
    next.procedureDates = next.procedureDates.filter((d) => d.key !== "offer");
    next.procedureDates[0]!.when = { precision: "day", date: "2026-04-01" };
    next.sections[2]!.title = { nl: "ELV nieuw", en: "ELV new" };
    next.policyPeriod = "2027";
    const diff = diffDefinitions(fixture, next);
    expect(diff.conditions.changed.map((c) => [c.key, c.fields])).toEqual([["coverage_85", ["rule"]]]);
    expect(diff.conditions.added.map((c) => c.key)).toEqual(["extra"]);
    expect(diff.procedureDates.removed.map((d) => d.key)).toEqual(["offer"]);
    expect(diff.procedureDates.changed.map((d) => [d.key, d.fields])).toEqual([["publication", ["when"]]]);
    expect(diff.sections.changed.map((s) => [s.key, s.fields])).toEqual([["elv", ["title"]]]);
    expect(diff.meta).toEqual(["policyPeriod"]);
    expect(diffSummary(diff).conditions).toEqual({ added: 1, removed: 0, changed: 1 });
  });
});

describe("deepEqual", () => {
  it("treats absent and undefined fields alike and compares arrays in order", () => {
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual(null, {})).toBe(false);
  });
});

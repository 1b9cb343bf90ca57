import { describe, expect, it } from "vitest";
import { describeRule } from "./describe-rule";
import type { Question } from "./schema";
import { fixture } from "../test/fixture";

const questions = new Map<string, Question>(fixture.sections.flatMap((s) => s.questions).map((q) => [q.key, q]));
const rule = (key: string) => fixture.conditions.find((c) => c.key === key)!.rule;

describe("describeRule", () => {
  it("words thresholds, options, dates and ages in Dutch and English", () => {
    expect(describeRule(rule("coverage_85"), questions, "nl")).toBe("“Bezetting” ≥ 85");
    expect(describeRule({ op: "gte", question: "coverage", value: 85.5 }, questions, "nl")).toBe("“Bezetting” ≥ 85,5");
    expect(describeRule(rule("status_known"), questions, "nl")).toBe("“Contractstatus” is een van “Bestaand”, “Nieuw”");
    expect(describeRule(rule("kvk_recent"), questions, "en")).toBe("“Datum KvK-uittreksel” no older than 3 months at enrolment");
    expect(describeRule({ op: "notOlderThan", question: "kvk_date", amount: 6, unit: "months", reference: "2024-01-01" }, questions, "nl")).toBe(
      "“Datum KvK-uittreksel” niet ouder dan 6 maanden op 1 januari 2024",
    );
    expect(describeRule({ op: "gte", question: "coverage", value: 200, denominator: 3 }, questions, "nl")).toBe("“Bezetting” ≥ 200/3");
    expect(describeRule({ op: "dateBefore", question: "start_date", value: "2026-01-01" }, questions, "nl")).toBe("“Startdatum” vóór 1 januari 2026");
    expect(describeRule({ op: "dateAfter", question: "start_date", value: "2026-01-01" }, questions, "en")).toBe("“Startdatum” after 1 January 2026");
    expect(describeRule(rule("start_window"), questions, "nl")).toBe("alle van: (“Startdatum” op of na 1 januari 2026; “Startdatum” op of voor 31 december 2026)");
  });

  it("nests groups and negation, and names an unknown question by its key", () => {
    expect(describeRule(rule("combo"), questions, "en")).toBe("any of: (all of: (“Aantal bedden” ≤ 5; “Bezetting” < 50); not (“Aantal bedden” = 0))");
    expect(describeRule({ op: "isYes", question: "gone" }, questions, "nl")).toBe("“gone” is ja");
  });
});

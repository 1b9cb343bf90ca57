import { describe, expect, it } from "vitest";
import { fromInput, parseAnswer } from "./answers";
import { fixture } from "../test/fixture";

const q = (key: string) => fixture.sections.flatMap((s) => s.questions).find((x) => x.key === key)!;

describe("answers", () => {
  it("accepts values that fit the question and names what is wrong otherwise", () => {
    expect(parseAnswer(q("coverage"), 85)).toEqual({ ok: true, value: 85 });
    expect(parseAnswer(q("coverage"), 101)).toEqual({ ok: false, message: "answer.max" });
    expect(parseAnswer(q("beds"), 2.5)).toEqual({ ok: false, message: "answer.integer" });
    expect(parseAnswer(q("beds"), -1)).toEqual({ ok: false, message: "answer.min" });
    expect(parseAnswer(q("contract_status"), "maybe")).toEqual({ ok: false, message: "answer.choice" });
    expect(parseAnswer(q("sub_types"), ["elv", "elv"])).toEqual({ ok: false, message: "answer.choice" });
    expect(parseAnswer(q("kvk_date"), "2025-02-30")).toEqual({ ok: false, message: "answer.date" });
    expect(parseAnswer(q("wtza"), "yes")).toEqual({ ok: false, message: "answer.yesNo" });
    expect(parseAnswer(q("name"), "x".repeat(501))).toEqual({ ok: false, message: "answer.tooLong" });
    expect(parseAnswer(q("wtza"), null)).toEqual({ ok: true, value: null });
  });

  it("keeps script- and SQL-looking text as plain text", () => {
    const text = `<script>alert(1)</script>'; DROP TABLE "Answer"; --`;
    expect(parseAnswer(q("plan"), text)).toEqual({ ok: true, value: text });
  });

  it("reads Dutch decimal commas and empty inputs", () => {
    expect(fromInput(q("coverage"), "85,5")).toBe(85.5);
    expect(fromInput(q("coverage"), " ")).toBeNull();
    expect(Number.isNaN(fromInput(q("coverage"), "abc"))).toBe(true);
    expect(fromInput(q("wtza"), "false")).toBe(false);
    expect(fromInput(q("plan"), "  ")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { buildFormSchema } from "./form-schema";
import { fixture } from "../test/fixture";

describe("buildFormSchema", () => {
  const visible = new Set(["contract_status", "coverage", "beds", "plan"]);
  it("validates visible questions from raw browser input", () => {
    const r = buildFormSchema(fixture, visible, false).safeParse({ coverage: "120", beds: "2,5", contract_status: "" });
    expect(r.success).toBe(false);
    const messages = Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({ coverage: "answer.max", beds: "answer.integer" });
  });
  it("requires answers only when submitting, and ignores hidden questions", () => {
    const values = { coverage: "", beds: "3", contract_status: "new", elv_247: "" };
    expect(buildFormSchema(fixture, visible, false).safeParse(values).success).toBe(true);
    const r = buildFormSchema(fixture, visible, true).safeParse(values);
    expect(r.error!.issues.map((i) => [i.path[0], i.message])).toEqual([["coverage", "answer.required"]]);
  });
});

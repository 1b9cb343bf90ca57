import { describe, expect, it } from "vitest";
import { fromInput, parseAnswer, toInput } from "./answers";
import { formatAnswer } from "./format-answer";
import { questionFormSchema } from "./form-schema";
import { KINDS, QUESTION_KINDS, type QuestionKind } from "./kinds";
import { opsForKind } from "./rule-builder";
import { questionnaireSchema, type Question } from "./schema";
import { fixture } from "../test/fixture";

/** A question of the kind with the fields it declares (options "a" and "b" for choices). */
function sampleQuestion(kind: QuestionKind): Question {
  const t = (nl: string) => ({ nl, en: nl });
  return {
    key: "q",
    kind,
    label: t("Vraag"),
    required: true,
    ...(KINDS[kind].fields.includes("options") ? { options: [{ value: "a", label: t("A") }, { value: "b", label: t("B") }] } : {}),
  };
}

describe("the question kinds registry", () => {
  it("lists every kind the format knows, each with every capability", () => {
    expect(Object.keys(KINDS).sort()).toEqual([...QUESTION_KINDS].sort());
    for (const kind of QUESTION_KINDS) {
      const spec = KINDS[kind];
      expect(typeof spec.upload, kind).toBe("boolean");
      for (const f of [spec.answer, spec.limits, spec.fromInput, spec.toInput, spec.format]) expect(typeof f, kind).toBe("function");
      expect(spec.emptyInput, kind).not.toBeUndefined();
      expect(spec.ops, kind).toContain("answered");
      expect(opsForKind(kind), kind).toEqual(expect.arrayContaining([...spec.ops]));
      expect(Array.isArray(spec.fields), kind).toBe(true);
      expect(spec.sample, kind).not.toBeUndefined();
    }
  });

  it("round-trips each kind's sample answer: schema, browser input and back, words", () => {
    for (const kind of QUESTION_KINDS) {
      const q = sampleQuestion(kind);
      const spec = KINDS[kind];
      expect(parseAnswer(q, spec.sample), kind).toEqual({ ok: true, value: spec.sample });
      expect(questionnaireSchema.safeParse({ ...fixture, sections: [{ ...fixture.sections[0]!, questions: [q] }] }).success, kind).toBe(true);
      if (spec.upload) {
        // Answered by uploads: the form never holds it, the words count the files.
        expect(formatAnswer(q, ["f1"], "nl"), kind).toBe("1 bestand");
        continue;
      }
      for (const locale of ["nl", "en"] as const) {
        const raw = toInput(q, spec.sample, locale);
        expect(fromInput(q, raw), `${kind} ${locale}`).toEqual(spec.sample);
        expect(questionFormSchema(q, true).safeParse(raw).success, kind).toBe(true);
        expect(formatAnswer(q, spec.sample, locale).length, kind).toBeGreaterThan(0);
      }
      expect(toInput(q, null, "nl"), kind).toEqual(spec.emptyInput);
      // Empty: no value, or nothing ticked.
      expect([null, []], kind).toContainEqual(fromInput(q, spec.emptyInput));
      expect(questionFormSchema(q, true).safeParse(spec.emptyInput).success, kind).toBe(false);
    }
  });
});

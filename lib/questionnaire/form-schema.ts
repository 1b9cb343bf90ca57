/**
 * The zod schema of the questionnaire form, generated from the definition: one field per visible
 * question, over the raw input values of the browser (strings, string arrays). react-hook-form uses
 * it to put a message next to each field; the server checks the same per-question schemas.
 */
import { z } from "zod";
import { answerSchema, fromInput } from "./answers";
import { KINDS, type RawInput } from "./kinds";
import type { Question, QuestionnaireDefinition } from "./schema";

export type { RawInput };

export function questionFormSchema(q: Question, requireAnswer: boolean) {
  return z.any().optional().superRefine((raw: RawInput, ctx) => {
    const value = fromInput(q, raw);
    if (value === null || (Array.isArray(value) && value.length === 0 && !KINDS[q.kind].upload)) {
      if (requireAnswer && q.required) ctx.addIssue({ code: "custom", message: "answer.required" });
      return;
    }
    const parsed = answerSchema(q).safeParse(value);
    if (!parsed.success) ctx.addIssue({ code: "custom", message: parsed.error.issues[0]?.message ?? "answer.invalid" });
  });
}

/**
 * @param visible keys of the questions shown now (hidden ones are not validated)
 * @param requireAnswers true when submitting: required questions must then be answered
 */
export function buildFormSchema(def: QuestionnaireDefinition, visible: ReadonlySet<string>, requireAnswers: boolean) {
  const shape: Record<string, z.ZodType<RawInput>> = {};
  for (const q of def.sections.flatMap((s) => s.questions)) {
    // Upload kinds are answered by their files, not in the form.
    if (KINDS[q.kind].upload || !visible.has(q.key)) continue;
    shape[q.key] = questionFormSchema(q, requireAnswers);
  }
  return z.object(shape).passthrough();
}

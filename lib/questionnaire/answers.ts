/**
 * What a valid answer to a question looks like (one zod schema per question, from its kind in
 * kinds.ts), and the browser's input values as answers and back. The browser uses it to show a
 * message next to the field; the server uses the same one before saving. Messages are full
 * message keys (`answer.*`).
 */
import type { z } from "zod";
import type { Locale } from "../i18n/locale";
import { KINDS, type RawInput } from "./kinds";
import type { AnswerValue, Question } from "./schema";

export function answerSchema(q: Question): z.ZodType<AnswerValue> {
  return KINDS[q.kind].answer(q);
}

/** null clears an answer; anything else must fit the question. */
export function parseAnswer(
  q: Question,
  value: unknown,
): { ok: true; value: AnswerValue | null } | { ok: false; message: string } {
  if (value === null) return { ok: true, value: null };
  const r = answerSchema(q).safeParse(value);
  return r.success ? { ok: true, value: r.data } : { ok: false, message: r.error.issues[0]?.message ?? "answer.invalid" };
}

/** The browser's inputs give strings; turn them into an answer value (or null when empty). */
export function fromInput(q: Question, raw: RawInput): unknown {
  if (raw === undefined || raw === null) return null;
  return KINDS[q.kind].fromInput(raw);
}

/** An answer value as the browser's input holds it. */
export function toInput(q: Question, value: AnswerValue | null | undefined, locale: Locale): RawInput {
  return value === null || value === undefined ? KINDS[q.kind].emptyInput : KINDS[q.kind].toInput(value, locale);
}

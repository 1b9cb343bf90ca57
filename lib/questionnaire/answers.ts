/**
 * What a valid answer to each kind of question looks like, as one zod schema per question. The
 * browser uses it to show a message next to the field; the server uses the same one before saving.
 * Messages are message keys (`answer.*`).
 */
import { z } from "zod";
import { isCalendarDate } from "../dates";
import type { AnswerValue, Question } from "./schema";

export const DEFAULT_MAX_LENGTH = { shortText: 500, longText: 10_000 } as const;

export function answerSchema(q: Question): z.ZodType<AnswerValue> {
  switch (q.kind) {
    case "yesNo":
      return z.boolean("answer.yesNo");
    case "singleChoice":
      return z.enum((q.options ?? []).map((o) => o.value) as [string, ...string[]], "answer.choice");
    case "multipleChoice": {
      const values = new Set((q.options ?? []).map((o) => o.value));
      return z
        .array(z.string("answer.choice"), "answer.choice")
        .refine((a) => a.every((v) => values.has(v)), "answer.choice")
        .refine((a) => new Set(a).size === a.length, "answer.choice");
    }
    case "number":
    case "percentage": {
      const min = q.min ?? (q.kind === "percentage" ? 0 : undefined);
      const max = q.max ?? (q.kind === "percentage" ? 100 : undefined);
      let s = z.number("answer.number").finite("answer.number");
      if (q.integer) s = s.int("answer.integer");
      if (min !== undefined) s = s.min(min, "answer.min");
      if (max !== undefined) s = s.max(max, "answer.max");
      return s;
    }
    case "date":
      return z.string("answer.date").refine(isCalendarDate, "answer.date");
    case "shortText":
    case "longText":
      return z.string("answer.text").max(q.maxLength ?? DEFAULT_MAX_LENGTH[q.kind], "answer.tooLong");
    case "file":
      // Files are uploaded separately; their answer is the list of evidence file ids.
      return z.array(z.string("answer.file"), "answer.file").max(0, "answer.file");
  }
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
export function fromInput(q: Question, raw: string | string[] | boolean | null | undefined): unknown {
  if (raw === undefined || raw === null) return null;
  switch (q.kind) {
    case "yesNo":
      return typeof raw === "boolean" ? raw : raw === "true" ? true : raw === "false" ? false : null;
    case "multipleChoice":
      return Array.isArray(raw) ? raw : [];
    case "number":
    case "percentage": {
      const s = String(raw).trim().replace(/\s/g, "").replace(",", ".");
      return s === "" ? null : Number(s);
    }
    default: {
      const s = String(raw);
      return s.trim() === "" ? null : s;
    }
  }
}

/**
 * The question kinds, each declared once: what a valid answer is, how the form treats it, how the
 * browser's input becomes an answer and back, how an answer reads in words, which rule operators can
 * test it and which fields of the question format belong to it. Everything else (the answer check,
 * the form schema, the workspace, formatting, the validator, the rule builder, the editor) asks this
 * registry. A new kind is one entry here plus its input component in components/questionnaire.
 * Pure and browser-safe; type-only imports from the schema, which takes its list of kinds from here.
 */
import { z } from "zod";
import { isCalendarDate } from "../dates";
import type { Locale } from "../i18n/locale";
import type { AnswerValue, Question, Rule } from "./schema";

export const QUESTION_KINDS = [
  "yesNo",
  "singleChoice",
  "multipleChoice",
  "number",
  "percentage",
  "date",
  "shortText",
  "longText",
  "file",
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export type LeafOp = Exclude<Rule["op"], "all" | "any" | "not">;
/** What a browser input holds: text, the ticked values, a radio's "true"/"false". */
export type RawInput = string | string[] | boolean | null | undefined;
/** Groups of question fields beyond key, label, help, required, visibleWhen and source. */
export type KindField = "options" | "range" | "maxLength";

/** What formatting needs from format-answer.ts, handed in so that the wording stays there. */
export interface FormatContext {
  locale: Locale;
  words: { yes: string; no: string; file: string; files: string };
  number: (n: number) => string;
  date: (iso: string) => string;
  /** File questions: evidence file id → file name. */
  fileNames?: Readonly<Record<string, string>>;
}

export interface KindSpec {
  /** Answered by uploading files (the answer is their ids), never in the form: no form field, never required there. */
  upload: boolean;
  /** A valid answer; its messages are full message keys (`answer.*`). */
  answer: (q: Question) => z.ZodType<AnswerValue>;
  /** The bounds the `answer.*` messages mention. */
  limits: (q: Question) => { min?: number; max?: number };
  /** A browser input's value as an answer value (null when empty); invalid input stays invalid for `answer`. */
  fromInput: (raw: string | string[] | boolean) => unknown;
  /** An answer as the browser input holds it; `emptyInput` when unanswered. */
  toInput: (value: AnswerValue, locale: Locale) => RawInput;
  emptyInput: RawInput;
  /** A (non-empty) answer in words. */
  format: (q: Question, value: AnswerValue, ctx: FormatContext) => string;
  /** The rule operators that can test it. */
  ops: readonly LeafOp[];
  /** The question fields that belong to it: the editor shows them, the validator allows only them. */
  fields: readonly KindField[];
  /** i18n keys under `editor.fields.*` that explain a field group for this kind. */
  fieldHelp?: Partial<Record<KindField, string>>;
  /** An answer that fits a question of this kind (with options "a" and "b" for choices), for tests. */
  sample: AnswerValue;
}

const text = (raw: string | string[] | boolean) => (String(raw).trim() === "" ? null : String(raw));
const optionLabel = (q: Question, v: string, locale: Locale) => q.options?.find((o) => o.value === v)?.label[locale] ?? v;
const noLimits = () => ({});

function numeric(defaults: { min?: number; max?: number; unit?: string }): KindSpec {
  const limits = (q: Question) => ({ min: q.min ?? defaults.min, max: q.max ?? defaults.max });
  return {
    upload: false,
    answer: (q) => {
      const { min, max } = limits(q);
      let s = z.number("answer.number").finite("answer.number");
      if (q.integer) s = s.int("answer.integer");
      if (min !== undefined) s = s.min(min, "answer.min");
      if (max !== undefined) s = s.max(max, "answer.max");
      return s;
    },
    limits,
    fromInput: (raw) => {
      const s = String(raw).trim().replace(/\s/g, "").replace(",", ".");
      return s === "" ? null : Number(s);
    },
    toInput: (v, locale) => (locale === "nl" ? String(v).replace(".", ",") : String(v)),
    emptyInput: "",
    format: (q, value, ctx) => {
      const n = typeof value === "number" ? value : Number(value);
      if (!Number.isFinite(n)) return String(value);
      const unit = q.unit?.[ctx.locale] ?? defaults.unit;
      if (!unit) return ctx.number(n);
      return unit === "%" ? `${ctx.number(n)}%` : `${ctx.number(n)} ${unit}`;
    },
    ops: ["answered", "gte", "gt", "lte", "lt", "eq"],
    fields: ["range"],
    sample: 12.5,
  };
}

function freeText(defaultMaxLength: number, sample: string): KindSpec {
  return {
    upload: false,
    answer: (q) => z.string("answer.text").max(q.maxLength ?? defaultMaxLength, "answer.tooLong"),
    limits: (q) => ({ max: q.maxLength ?? defaultMaxLength }),
    fromInput: text,
    toInput: String,
    emptyInput: "",
    format: (_q, value) => (Array.isArray(value) ? value.join(", ") : String(value)),
    ops: ["answered"],
    fields: ["maxLength"],
    sample,
  };
}

export const KINDS: Readonly<Record<QuestionKind, KindSpec>> = {
  yesNo: {
    upload: false,
    answer: () => z.boolean("answer.yesNo"),
    limits: noLimits,
    fromInput: (raw) => (typeof raw === "boolean" ? raw : raw === "true" ? true : raw === "false" ? false : null),
    toInput: String,
    emptyInput: "",
    format: (_q, value, ctx) => (value === true ? ctx.words.yes : value === false ? ctx.words.no : String(value)),
    ops: ["isYes", "isNo", "answered"],
    fields: [],
    sample: true,
  },
  singleChoice: {
    upload: false,
    answer: (q) => z.enum((q.options ?? []).map((o) => o.value) as [string, ...string[]], "answer.choice"),
    limits: noLimits,
    fromInput: text,
    toInput: String,
    emptyInput: "",
    format: (q, value, ctx) => optionLabel(q, String(value), ctx.locale),
    ops: ["answered", "equals", "oneOf"],
    fields: ["options"],
    sample: "a",
  },
  multipleChoice: {
    upload: false,
    answer: (q) => {
      const values = new Set((q.options ?? []).map((o) => o.value));
      return z
        .array(z.string("answer.choice"), "answer.choice")
        .refine((a) => a.every((v) => values.has(v)), "answer.choice")
        .refine((a) => new Set(a).size === a.length, "answer.choice");
    },
    limits: noLimits,
    fromInput: (raw) => (Array.isArray(raw) ? raw : []),
    toInput: (v) => v as string[],
    emptyInput: [],
    format: (q, value, ctx) => (Array.isArray(value) ? value : [String(value)]).map((v) => optionLabel(q, String(v), ctx.locale)).join(", "),
    ops: ["answered", "includes", "includesAny"],
    fields: ["options"],
    sample: ["a", "b"],
  },
  number: numeric({}),
  percentage: { ...numeric({ min: 0, max: 100, unit: "%" }), fieldHelp: { range: "unitPercentageHelp" }, sample: 85 },
  date: {
    upload: false,
    answer: () => z.string("answer.date").refine(isCalendarDate, "answer.date"),
    limits: noLimits,
    fromInput: text,
    toInput: String,
    emptyInput: "",
    format: (_q, value, ctx) => ctx.date(String(value)),
    ops: ["answered", "dateOnOrBefore", "dateBefore", "dateOnOrAfter", "dateAfter", "notOlderThan"],
    fields: [],
    sample: "2025-05-01",
  },
  shortText: freeText(500, "Zorggroep De Linde"),
  longText: freeText(10_000, "Eerste regel.\nTweede regel."),
  file: {
    upload: true,
    // Files are uploaded separately; the form never sends evidence file ids.
    answer: () => z.array(z.string("answer.file"), "answer.file").max(0, "answer.file"),
    limits: noLimits,
    fromInput: text,
    toInput: String,
    emptyInput: "",
    format: (_q, value, ctx) => {
      const ids = Array.isArray(value) ? value.map(String) : [String(value)];
      const names = ctx.fileNames;
      if (names && ids.every((id) => names[id] !== undefined)) return ids.map((id) => names[id]).join(", ");
      return `${ids.length} ${ids.length === 1 ? ctx.words.file : ctx.words.files}`;
    },
    ops: ["answered", "fileUploaded"],
    fields: [],
    sample: [],
  },
};

/** Which kinds each rule operator can test, from the kinds' own lists. */
export function kindsForOp(op: LeafOp): QuestionKind[] {
  return QUESTION_KINDS.filter((k) => KINDS[k].ops.includes(op));
}

export const hasField = (kind: QuestionKind, field: KindField) => KINDS[kind].fields.includes(field);

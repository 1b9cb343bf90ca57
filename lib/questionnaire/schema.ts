/**
 * The questionnaire format: one policy (inkoopbeleid) for one care type, as data.
 *
 * The shipped questionnaires in `prisma/questionnaires/*.json`, the administrators' import/export
 * and the document each questionnaire version is stored as all use this one shape; documents of an
 * older `formatVersion` are upgraded first (upgrade.ts). What each question kind is lives in kinds.ts.
 * `prisma/questionnaires/README.md` documents it. Pure: no framework or database imports.
 */
import { z } from "zod";
import { isCalendarDate } from "../dates";
import { QUESTION_KINDS, type QuestionKind } from "./kinds";
import { FORMAT_VERSION, upgradeQuestionnaire } from "./upgrade";

export { FORMAT_VERSION, QUESTION_KINDS, type QuestionKind };

/** Stable identifiers: answers, rules and reviews refer to these, so they never change meaning. */
export const KEY_PATTERN = /^[a-z][a-z0-9_]{0,79}$/;
export const keySchema = z.string().regex(KEY_PATTERN, "keys are lower case letters, digits and _, starting with a letter");

export const localizedTextSchema = z.object({
  nl: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Where in the policy document something comes from: section heading and a verbatim quote. */
export const sourceRefSchema = z.object({
  section: z.string().trim().min(1),
  quote: z.string().trim().min(1).optional(),
  /** Page number in the original PDF, when known. */
  page: z.number().int().positive().optional(),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dates are written YYYY-MM-DD").refine(isCalendarDate, "not a real calendar date");
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "times are written HH:MM");

// ---------------------------------------------------------------------------------------------
// Rules: the machine-checkable part of a voorwaarde, and of visibility/applicability.
// ---------------------------------------------------------------------------------------------

export type Rule =
  | { op: "isYes"; question: string }
  | { op: "isNo"; question: string }
  | { op: "answered"; question: string }
  | { op: "fileUploaded"; question: string }
  | { op: "equals"; question: string; value: string }
  | { op: "oneOf"; question: string; values: string[] }
  | { op: "includes"; question: string; value: string }
  | { op: "includesAny"; question: string; values: string[] }
  /** With `denominator`, the threshold is exactly value/denominator ("tweederde": 200/3 %). */
  | { op: "gte" | "gt" | "lte" | "lt" | "eq"; question: string; value: number; denominator?: number }
  /** "t/m", "uiterlijk": on or before; "tot", "vóór": strictly before; "vanaf": on or after; "na": after. */
  | { op: "dateOnOrBefore" | "dateOnOrAfter" | "dateBefore" | "dateAfter"; question: string; value: string }
  | { op: "notOlderThan"; question: string; amount: number; unit: "days" | "months" | "years"; reference: DateReference }
  | { op: "all"; rules: Rule[] }
  | { op: "any"; rules: Rule[] }
  | { op: "not"; rule: Rule };

/**
 * What a relative date rule counts back from: "enrolment" (the moment of enrolment: the submission
 * time of a submitted form; for a draft now, but never later than the close of the answer window)
 * or a fixed date the policy names ("op 1 januari 2024").
 */
export type DateReference = "enrolment" | string;

export const NUMERIC_OPS = ["gte", "gt", "lte", "lt", "eq"] as const;
export const DATE_OPS = ["dateOnOrBefore", "dateBefore", "dateOnOrAfter", "dateAfter"] as const;
/** The operators that test one question, in the order the rule builder offers them. */
export const LEAF_OPS = [
  "isYes",
  "isNo",
  "answered",
  "fileUploaded",
  "equals",
  "oneOf",
  "includes",
  "includesAny",
  ...NUMERIC_OPS,
  ...DATE_OPS,
  "notOlderThan",
] as const satisfies readonly Exclude<Rule["op"], "all" | "any" | "not">[];

export const ruleSchema: z.ZodType<Rule> = z.lazy(() =>
  z.discriminatedUnion("op", [
    z.object({ op: z.literal("isYes"), question: keySchema }).strict(),
    z.object({ op: z.literal("isNo"), question: keySchema }).strict(),
    z.object({ op: z.literal("answered"), question: keySchema }).strict(),
    z.object({ op: z.literal("fileUploaded"), question: keySchema }).strict(),
    z.object({ op: z.literal("equals"), question: keySchema, value: z.string().min(1) }).strict(),
    z.object({ op: z.literal("oneOf"), question: keySchema, values: z.array(z.string().min(1)).min(1) }).strict(),
    z.object({ op: z.literal("includes"), question: keySchema, value: z.string().min(1) }).strict(),
    z
      .object({ op: z.literal("includesAny"), question: keySchema, values: z.array(z.string().min(1)).min(1) })
      .strict(),
    z
      .object({ op: z.enum(NUMERIC_OPS), question: keySchema, value: z.number().finite(), denominator: z.number().int().positive().optional() })
      .strict(),
    z.object({ op: z.enum(DATE_OPS), question: keySchema, value: isoDate }).strict(),
    z
      .object({
        op: z.literal("notOlderThan"),
        question: keySchema,
        amount: z.number().int().positive(),
        unit: z.enum(["days", "months", "years"]),
        reference: z.union([z.literal("enrolment"), isoDate]),
      })
      .strict(),
    z.object({ op: z.literal("all"), rules: z.array(ruleSchema).min(1) }).strict(),
    z.object({ op: z.literal("any"), rules: z.array(ruleSchema).min(1) }).strict(),
    z.object({ op: z.literal("not"), rule: ruleSchema }).strict(),
  ]),
);

// ---------------------------------------------------------------------------------------------
// Questions
// ---------------------------------------------------------------------------------------------

export const optionSchema = z.object({ value: keySchema, label: localizedTextSchema }).strict();

export const questionSchema = z
  .object({
    key: keySchema,
    kind: z.enum(QUESTION_KINDS),
    /**
     * Keys of questions of an earlier version whose answers this one takes over (a renamed question,
     * or one split in two). No question of the same version may have such a key.
     */
    replaces: z.array(keySchema).min(1).optional(),
    label: localizedTextSchema,
    help: localizedTextSchema.optional(),
    required: z.boolean().default(true),
    /** Kinds with the "options" fields (kinds.ts): singleChoice / multipleChoice. */
    options: z.array(optionSchema).min(2).optional(),
    /** Kinds with the "range" fields: number / percentage. */
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    integer: z.boolean().optional(),
    unit: localizedTextSchema.optional(),
    /** Kinds with the "maxLength" field: shortText / longText. */
    maxLength: z.number().int().positive().max(20000).optional(),
    /** Shown only when this rule holds (unknown counts as hidden). */
    visibleWhen: ruleSchema.optional(),
    source: sourceRefSchema.optional(),
  })
  .strict();
export type Question = z.infer<typeof questionSchema>;

export const sectionSchema = z
  .object({
    key: keySchema,
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    /** The profile section (contract status, sub-types, region) is asked first and drives branching. */
    profile: z.boolean().optional(),
    visibleWhen: ruleSchema.optional(),
    questions: z.array(questionSchema).min(1),
  })
  .strict();
export type Section = z.infer<typeof sectionSchema>;

// ---------------------------------------------------------------------------------------------
// Conditions (voorwaarden)
// ---------------------------------------------------------------------------------------------

/**
 * What not meeting a condition means in law:
 * - contract: an inkoopvoorwaarde, minimumeis or appendix requirement; not meeting it means no
 *   contract, even when worded "wij verwachten";
 * - payment: not meeting it lowers or stops payment (a staffel, a ceiling);
 * - advice: an expectation or advice, never a failure;
 * - purchaserDecides: an exception the purchaser may grant ("kunnen we … een uitzondering maken"):
 *   the provider's claim does not meet it, the officer grants or refuses it.
 */
export const LEGAL_CLASSES = ["contract", "payment", "advice", "purchaserDecides"] as const;
export type LegalClass = (typeof LEGAL_CLASSES)[number];

export const conditionSchema = z
  .object({
    key: keySchema,
    text: localizedTextSchema,
    legalClass: z.enum(LEGAL_CLASSES),
    /** What makes it binding (or advice), quoted from the policy: its heading, and the sentence when there is one. */
    basis: z.object({ heading: z.string().trim().min(1), sentence: z.string().trim().min(1).optional() }).strict(),
    /** Keys of the conditions this one sums up: their shortfalls are counted there, not again here. */
    summarises: z.array(keySchema).min(1).optional(),
    /** Short words for whom it applies, e.g. "Alleen nieuwe aanbieders"; the rule below decides. */
    audience: localizedTextSchema.optional(),
    /** Applicability over the profile answers; absent means it applies to every provider. */
    appliesWhen: ruleSchema.optional(),
    rule: ruleSchema,
    /** The document that proves it: a question of kind "file". */
    evidence: z
      .object({
        question: keySchema,
        description: localizedTextSchema,
        /** false for proof the policy only asks for when there is one ("eventuele volmacht"): never reported missing. */
        required: z.boolean().default(true),
      })
      .strict()
      .optional(),
    source: sourceRefSchema.extend({ quote: z.string().trim().min(1) }),
  })
  .strict();
export type Condition = z.infer<typeof conditionSchema>;

// ---------------------------------------------------------------------------------------------
// Procedure dates: kept at the precision the document gives them.
// ---------------------------------------------------------------------------------------------

export const whenSchema = z.discriminatedUnion("precision", [
  z
    .object({
      precision: z.literal("day"),
      date: isoDate,
      time: clockTime.optional(),
      /** For a period ("van 1 tot en met 15 mei"): its last day. */
      endDate: isoDate.optional(),
      endTime: clockTime.optional(),
    })
    .strict(),
  z
    .object({
      precision: z.literal("month"),
      month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "months are written YYYY-MM"),
      /** "begin", "medio" or "eind" as the document words it. */
      qualifier: z.enum(["begin", "medio", "eind"]).optional(),
    })
    .strict(),
  z.object({ precision: z.literal("year"), year: z.number().int().min(2000).max(2100) }).strict(),
]);
export type When = z.infer<typeof whenSchema>;

export const ACTORS = ["provider", "insurer", "both"] as const;
export type Actor = (typeof ACTORS)[number];

export const procedureDateSchema = z
  .object({
    key: keySchema,
    when: whenSchema,
    event: localizedTextSchema,
    actor: z.enum(ACTORS),
    appliesWhen: ruleSchema.optional(),
    source: sourceRefSchema,
  })
  .strict();
export type ProcedureDate = z.infer<typeof procedureDateSchema>;

// ---------------------------------------------------------------------------------------------
// The whole questionnaire
// ---------------------------------------------------------------------------------------------

/** A document in the current format, as stored and as the editor holds it. */
export const questionnaireDocumentSchema = z
  .object({
    formatVersion: z.literal(FORMAT_VERSION),
    careType: z.object({ key: keySchema, name: localizedTextSchema }).strict(),
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    insurer: z.string().trim().min(1),
    policyPeriod: z.string().trim().min(1),
    /** The policy document, by file name as in shared/seeds, and its title. */
    document: z.object({ file: z.string().trim().min(1), title: z.string().trim().min(1) }).strict(),
    sections: z.array(sectionSchema).min(1),
    conditions: z.array(conditionSchema),
    procedureDates: z.array(procedureDateSchema),
    /** The procedure date whose end closes the answer window: a draft is never evaluated later than that. */
    answerWindowCloses: keySchema.optional(),
  })
  .strict();
/** Reads a document of any format version: older ones are upgraded first (see upgrade.ts). */
export const questionnaireSchema = z.preprocess(upgradeQuestionnaire, questionnaireDocumentSchema);
export type QuestionnaireDefinition = z.infer<typeof questionnaireDocumentSchema>;
/** What a file in the current format may hold before defaults are applied (e.g. `required` left out). */
export type QuestionnaireInput = z.input<typeof questionnaireDocumentSchema>;

// ---------------------------------------------------------------------------------------------
// Answers as the engine sees them.
// ---------------------------------------------------------------------------------------------

/**
 * yesNo: boolean; singleChoice/shortText/longText: string; date: "YYYY-MM-DD"; number/percentage:
 * number; multipleChoice: option values; file: ids of uploaded evidence files.
 */
export type AnswerValue = boolean | string | number | string[];
export type Answers = Readonly<Record<string, AnswerValue | null | undefined>>;

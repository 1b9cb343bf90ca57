/**
 * The editor's item forms: what each form holds (strings, as inputs do), how an item becomes form
 * values, and the zod schema that checks the values and turns them back into the item. Messages are
 * i18n keys under `editor.validation.*`, shown next to the field. Pure and browser-safe.
 */
import { z } from "zod";
import { hasField } from "./kinds";
import { nodeToRule, parseNumber, ruleToNode, type RuleNode } from "./rule-builder";
import { isCalendarDate } from "../dates";
import { compact } from "./compact";
import {
  ACTORS,
  KEY_PATTERN,
  QUESTION_KINDS,
  LEGAL_CLASSES,
  type Condition,
  type LocalizedText,
  type ProcedureDate,
  type Question,
  type QuestionKind,
  type QuestionnaireDefinition,
  type Rule,
  type SourceRef,
} from "./schema";
import type { SectionHeader } from "./diff";

export interface LocalizedInput {
  nl: string;
  en: string;
}
export interface SourceInput {
  section: string;
  quote: string;
  page: string;
}

/** Cross-field checks run even when a field has a problem: the form shows every message at once. */
const ALWAYS = { when: () => true };

export const textInput = (t?: LocalizedText): LocalizedInput => ({ nl: t?.nl ?? "", en: t?.en ?? "" });
const sourceInput = (s?: SourceRef): SourceInput => ({ section: s?.section ?? "", quote: s?.quote ?? "", page: s?.page ? String(s.page) : "" });
const numberInput = (n?: number) => (n === undefined ? "" : String(n));
const ruleInput = (r?: Rule): RuleNode | null => (r ? ruleToNode(r) : null);

const requiredText = z.object({ nl: z.string(), en: z.string() }).transform((v, ctx): LocalizedText => {
  const nl = v.nl.trim();
  const en = v.en.trim();
  if (!nl) ctx.addIssue({ code: "custom", path: ["nl"], message: "editor.validation.required" });
  if (!en) ctx.addIssue({ code: "custom", path: ["en"], message: "editor.validation.required" });
  return { nl, en };
});

/** Optional text: both languages or neither. */
const optionalText = z.object({ nl: z.string(), en: z.string() }).transform((v, ctx): LocalizedText | undefined => {
  const nl = v.nl.trim();
  const en = v.en.trim();
  if (!nl && !en) return undefined;
  if (!nl || !en) ctx.addIssue({ code: "custom", path: [nl ? "en" : "nl"], message: "editor.validation.bothLanguages" });
  return { nl, en };
});

function keyField(taken: ReadonlySet<string>) {
  return z
    .string()
    .trim()
    .regex(KEY_PATTERN, "editor.validation.key")
    .refine((k) => !taken.has(k), "editor.validation.keyTaken");
}

const optionalNumber = z.string().transform((s, ctx) => {
  if (!s.trim()) return undefined;
  const n = parseNumber(s);
  if (n === null) ctx.addIssue({ code: "custom", message: "editor.validation.number" });
  return n ?? undefined;
});

function sourceField(quoteRequired: boolean) {
  return z.object({ section: z.string(), quote: z.string(), page: z.string() }).transform((v, ctx): SourceRef => {
    const section = v.section.trim();
    const quote = v.quote.trim();
    if (!section) ctx.addIssue({ code: "custom", path: ["section"], message: "editor.validation.required" });
    if (quoteRequired && !quote) ctx.addIssue({ code: "custom", path: ["quote"], message: "editor.validation.required" });
    const page = v.page.trim() ? Number(v.page.trim()) : undefined;
    if (page !== undefined && !(Number.isInteger(page) && page > 0)) ctx.addIssue({ code: "custom", path: ["page"], message: "editor.validation.page" });
    return { section, ...(quote ? { quote } : {}), ...(page ? { page } : {}) };
  });
}

/** A question's optional source: all fields empty means none. */
const optionalSource = z.object({ section: z.string(), quote: z.string(), page: z.string() }).transform((v, ctx): SourceRef | undefined => {
  if (!v.section.trim() && !v.quote.trim() && !v.page.trim()) return undefined;
  const r = sourceField(false).safeParse(v);
  if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  return r.success ? r.data : undefined;
});

/** A rule built in the form; `required` for a condition's own rule. Problems per node show in the builder. */
function ruleField(questions: ReadonlyMap<string, Question>, required: boolean) {
  return z.custom<RuleNode | null>().transform((node, ctx): Rule | undefined => {
    if (!node) {
      if (required) ctx.addIssue({ code: "custom", message: "editor.validation.ruleRequired" });
      return undefined;
    }
    const r = nodeToRule(node, questions);
    if (!r.ok) ctx.addIssue({ code: "custom", message: "editor.validation.rule" });
    return r.ok ? r.rule : undefined;
  });
}

export function questionMap(def: QuestionnaireDefinition): Map<string, Question> {
  return new Map(def.sections.flatMap((s) => s.questions).map((q) => [q.key, q]));
}

/** The keys already used by other items of a kind (the item being edited excluded). */
export function takenKeys(keys: readonly string[], own: string | null): Set<string> {
  return new Set(keys.filter((k) => k !== own));
}

// ---------------------------------------------------------------------------------------------
// The questionnaire's own fields
// ---------------------------------------------------------------------------------------------

export interface MetaValues {
  title: LocalizedInput;
  description: LocalizedInput;
  insurer: string;
  policyPeriod: string;
  documentFile: string;
  documentTitle: string;
}

export function metaValues(def: QuestionnaireDefinition): MetaValues {
  return {
    title: textInput(def.title),
    description: textInput(def.description),
    insurer: def.insurer,
    policyPeriod: def.policyPeriod,
    documentFile: def.document.file,
    documentTitle: def.document.title,
  };
}

const requiredString = z.string().trim().min(1, "editor.validation.required");

export const metaSchema = z
  .object({ title: requiredText, description: optionalText, insurer: requiredString, policyPeriod: requiredString, documentFile: requiredString, documentTitle: requiredString })
  .transform((v) => compact({ title: v.title, description: v.description, insurer: v.insurer, policyPeriod: v.policyPeriod, document: { file: v.documentFile, title: v.documentTitle } }));

// ---------------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------------

export interface SectionValues {
  key: string;
  title: LocalizedInput;
  description: LocalizedInput;
  profile: boolean;
  visibleWhen: RuleNode | null;
}

export function sectionValues(s?: SectionHeader): SectionValues {
  return { key: s?.key ?? "", title: textInput(s?.title), description: textInput(s?.description), profile: s?.profile ?? false, visibleWhen: ruleInput(s?.visibleWhen) };
}

export function sectionFormSchema(taken: ReadonlySet<string>, questions: ReadonlyMap<string, Question>) {
  return z
    .object({ key: keyField(taken), title: requiredText, description: optionalText, profile: z.boolean(), visibleWhen: ruleField(questions, false) })
    .transform((v): SectionHeader => compact({ ...v, profile: v.profile || undefined }));
}

// ---------------------------------------------------------------------------------------------
// Questions
// ---------------------------------------------------------------------------------------------

export interface OptionValues {
  value: string;
  label: LocalizedInput;
}

export interface QuestionValues {
  section: string;
  key: string;
  kind: QuestionKind;
  label: LocalizedInput;
  help: LocalizedInput;
  required: boolean;
  options: OptionValues[];
  min: string;
  max: string;
  integer: boolean;
  unit: LocalizedInput;
  maxLength: string;
  /** Keys of earlier versions' questions this one replaces, separated by commas or spaces. */
  replaces: string;
  visibleWhen: RuleNode | null;
  source: SourceInput;
}

export function questionValues(section: string, q?: Question): QuestionValues {
  return {
    section,
    key: q?.key ?? "",
    kind: q?.kind ?? "yesNo",
    label: textInput(q?.label),
    help: textInput(q?.help),
    required: q?.required ?? true,
    options: (q?.options ?? []).map((o) => ({ value: o.value, label: textInput(o.label) })),
    min: numberInput(q?.min),
    max: numberInput(q?.max),
    integer: q?.integer ?? false,
    unit: textInput(q?.unit),
    maxLength: numberInput(q?.maxLength),
    replaces: (q?.replaces ?? []).join(", "),
    visibleWhen: ruleInput(q?.visibleWhen),
    source: sourceInput(q?.source),
  };
}

export function questionFormSchema(taken: ReadonlySet<string>, questions: ReadonlyMap<string, Question>, sections: readonly string[]) {
  const option = z.object({ value: z.string().trim().regex(KEY_PATTERN, "editor.validation.key"), label: requiredText });
  return z
    .object({
      section: z.string().refine((s) => sections.includes(s), "editor.validation.required"),
      key: keyField(taken),
      kind: z.enum(QUESTION_KINDS),
      label: requiredText,
      help: optionalText,
      required: z.boolean(),
      options: z.array(option),
      min: optionalNumber,
      max: optionalNumber,
      integer: z.boolean(),
      unit: optionalText,
      maxLength: optionalNumber,
      replaces: z.string().transform((s, ctx) => {
        const keys = s.split(/[\s,]+/).filter(Boolean);
        if (keys.some((k) => !KEY_PATTERN.test(k))) ctx.addIssue({ code: "custom", message: "editor.validation.key" });
        return keys.length ? [...new Set(keys)] : undefined;
      }),
      visibleWhen: ruleField(questions, false),
      source: optionalSource,
    })
    .superRefine((v, ctx) => {
      // A question replaces keys that are gone: not another question's, nor its own.
      if (v.replaces?.some((k) => k === v.key || taken.has(k))) ctx.addIssue({ code: "custom", path: ["replaces"], message: "editor.validation.replacesCurrent" });
      if (hasField(v.kind, "options")) {
        if (v.options.length < 2) ctx.addIssue({ code: "custom", path: ["options"], message: "editor.validation.options" });
        const seen = new Set<string>();
        v.options.forEach((o, i) => {
          if (seen.has(o.value)) ctx.addIssue({ code: "custom", path: ["options", i, "value"], message: "editor.validation.keyTaken" });
          seen.add(o.value);
        });
      }
      if (hasField(v.kind, "range") && v.min !== undefined && v.max !== undefined && v.min > v.max) {
        ctx.addIssue({ code: "custom", path: ["max"], message: "editor.validation.minMax" });
      }
      if (hasField(v.kind, "maxLength") && v.maxLength !== undefined && !(Number.isInteger(v.maxLength) && v.maxLength > 0 && v.maxLength <= 20000)) {
        ctx.addIssue({ code: "custom", path: ["maxLength"], message: "editor.validation.maxLength" });
      }
    }, ALWAYS)
    .transform((v): { section: string; question: Question } => {
      // Only the fields that belong to the kind: switching kinds leaves nothing behind.
      const question: Question = compact({
        key: v.key,
        kind: v.kind,
        label: v.label,
        help: v.help,
        required: v.required,
        replaces: v.replaces,
        options: hasField(v.kind, "options") ? v.options : undefined,
        min: hasField(v.kind, "range") ? v.min : undefined,
        max: hasField(v.kind, "range") ? v.max : undefined,
        integer: hasField(v.kind, "range") && v.integer ? true : undefined,
        unit: hasField(v.kind, "range") ? v.unit : undefined,
        maxLength: hasField(v.kind, "maxLength") ? v.maxLength : undefined,
        visibleWhen: v.visibleWhen,
        source: v.source,
      });
      return { section: v.section, question };
    });
}

// ---------------------------------------------------------------------------------------------
// Conditions
// ---------------------------------------------------------------------------------------------

export interface ConditionValues {
  key: string;
  text: LocalizedInput;
  legalClass: Condition["legalClass"];
  /** The heading and sentence that make it binding; an empty heading takes the source's section. */
  basisHeading: string;
  basisSentence: string;
  audience: LocalizedInput;
  appliesWhen: RuleNode | null;
  rule: RuleNode | null;
  evidenceQuestion: string;
  evidenceDescription: LocalizedInput;
  evidenceRequired: boolean;
  /** Kept as they are: the conditions a summary condition sums up. */
  summarises: string[];
  source: SourceInput;
}

export function conditionValues(c?: Condition): ConditionValues {
  return {
    key: c?.key ?? "",
    text: textInput(c?.text),
    legalClass: c?.legalClass ?? "contract",
    basisHeading: c?.basis.heading ?? "",
    basisSentence: c?.basis.sentence ?? "",
    audience: textInput(c?.audience),
    appliesWhen: ruleInput(c?.appliesWhen),
    rule: ruleInput(c?.rule),
    evidenceQuestion: c?.evidence?.question ?? "",
    evidenceDescription: textInput(c?.evidence?.description),
    evidenceRequired: c?.evidence?.required ?? true,
    summarises: [...(c?.summarises ?? [])],
    source: sourceInput(c?.source),
  };
}

export function conditionFormSchema(taken: ReadonlySet<string>, questions: ReadonlyMap<string, Question>) {
  return z
    .object({
      key: keyField(taken),
      text: requiredText,
      legalClass: z.enum(LEGAL_CLASSES),
      basisHeading: z.string().trim(),
      basisSentence: z.string().trim(),
      audience: optionalText,
      appliesWhen: ruleField(questions, false),
      rule: ruleField(questions, true),
      evidenceQuestion: z.string(),
      evidenceDescription: optionalText,
      evidenceRequired: z.boolean(),
      summarises: z.array(z.string()),
      source: sourceField(true),
    })
    .superRefine((v, ctx) => {
      if (!v.evidenceQuestion) return;
      if (questions.get(v.evidenceQuestion)?.kind !== "file") ctx.addIssue({ code: "custom", path: ["evidenceQuestion"], message: "editor.validation.fileQuestion" });
      if (!v.evidenceDescription) ctx.addIssue({ code: "custom", path: ["evidenceDescription", "nl"], message: "editor.validation.required" });
    }, ALWAYS)
    .transform((v): Condition =>
      compact({
        key: v.key,
        text: v.text,
        legalClass: v.legalClass,
        basis: compact({ heading: v.basisHeading || (v.source as Condition["source"]).section, sentence: v.basisSentence || undefined }),
        summarises: v.summarises.length ? v.summarises : undefined,
        audience: v.audience,
        appliesWhen: v.appliesWhen,
        rule: v.rule!,
        evidence:
          v.evidenceQuestion && v.evidenceDescription
            ? { question: v.evidenceQuestion, description: v.evidenceDescription, required: v.evidenceRequired }
            : undefined,
        source: v.source as Condition["source"],
      }),
    );
}

// ---------------------------------------------------------------------------------------------
// Procedure dates
// ---------------------------------------------------------------------------------------------

export const PRECISIONS = ["day", "month", "year"] as const;
export const QUALIFIERS = ["begin", "medio", "eind"] as const;

export interface DateValues {
  key: string;
  precision: (typeof PRECISIONS)[number];
  date: string;
  time: string;
  endDate: string;
  endTime: string;
  month: string;
  qualifier: "" | (typeof QUALIFIERS)[number];
  year: string;
  event: LocalizedInput;
  actor: ProcedureDate["actor"];
  appliesWhen: RuleNode | null;
  source: SourceInput;
}

export function dateValues(d?: ProcedureDate): DateValues {
  const w = d?.when;
  return {
    key: d?.key ?? "",
    precision: w?.precision ?? "day",
    date: w?.precision === "day" ? w.date : "",
    time: w?.precision === "day" ? (w.time ?? "") : "",
    endDate: w?.precision === "day" ? (w.endDate ?? "") : "",
    endTime: w?.precision === "day" ? (w.endTime ?? "") : "",
    month: w?.precision === "month" ? w.month : "",
    qualifier: w?.precision === "month" ? (w.qualifier ?? "") : "",
    year: w?.precision === "year" ? String(w.year) : "",
    event: textInput(d?.event),
    actor: d?.actor ?? "provider",
    appliesWhen: ruleInput(d?.appliesWhen),
    source: sourceInput(d?.source),
  };
}

const isTime = (s: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s);

export function dateFormSchema(taken: ReadonlySet<string>, questions: ReadonlyMap<string, Question>) {
  return z
    .object({
      key: keyField(taken),
      precision: z.enum(PRECISIONS),
      date: z.string(),
      time: z.string(),
      endDate: z.string(),
      endTime: z.string(),
      month: z.string(),
      qualifier: z.enum(["", ...QUALIFIERS]),
      year: z.string(),
      event: requiredText,
      actor: z.enum(ACTORS),
      appliesWhen: ruleField(questions, false),
      source: sourceField(false),
    })
    .transform((v, ctx): ProcedureDate => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      let when: ProcedureDate["when"];
      if (v.precision === "day") {
        if (!isCalendarDate(v.date)) issue("date", "editor.validation.date");
        if (v.time && !isTime(v.time)) issue("time", "editor.validation.time");
        if (v.endDate && !isCalendarDate(v.endDate)) issue("endDate", "editor.validation.date");
        if (v.endTime && !isTime(v.endTime)) issue("endTime", "editor.validation.time");
        if (v.endTime && !v.endDate && !v.time) issue("endTime", "editor.validation.endTimeAlone");
        const start = `${v.date}T${v.time || "00:00"}`;
        const end = `${v.endDate || v.date}T${v.endTime || "23:59"}`;
        if ((v.endDate || v.endTime) && end < start) issue(v.endDate ? "endDate" : "endTime", "editor.validation.endBeforeStart");
        when = compact({ precision: "day" as const, date: v.date, time: v.time || undefined, endDate: v.endDate || undefined, endTime: v.endTime || undefined });
      } else if (v.precision === "month") {
        if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(v.month)) issue("month", "editor.validation.month");
        when = compact({ precision: "month" as const, month: v.month, qualifier: v.qualifier || undefined });
      } else {
        const year = Number(v.year);
        if (!(Number.isInteger(year) && year >= 2000 && year <= 2100)) issue("year", "editor.validation.year");
        when = { precision: "year", year };
      }
      return compact({ key: v.key, when, event: v.event, actor: v.actor, appliesWhen: v.appliesWhen, source: v.source });
    });
}

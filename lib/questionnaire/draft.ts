/**
 * Editing a draft questionnaire as one definition object: the draft's shape (looser than a published
 * version's while it is being built), the edits the editor makes, and where in the editor a
 * validation issue points. Pure and browser-safe.
 */
import { z } from "zod";
import { KEY_PATTERN, questionnaireDocumentSchema, questionSchema, sectionSchema, type QuestionnaireDefinition, type Rule, type Section } from "./schema";
import { upgradeQuestionnaire } from "./upgrade";
import { shapeIssues, type ValidationIssue } from "./validate";
import type { SectionHeader } from "./diff";

/**
 * A draft may hold a section without questions yet (a new one); everything else has the published
 * shape. What a draft may lack semantically (references, keys) is what the publish check reports.
 */
export const draftSchema = z.preprocess(
  upgradeQuestionnaire,
  questionnaireDocumentSchema.extend({
    sections: z.array(sectionSchema.extend({ questions: z.array(questionSchema) })).min(1),
  }),
);

export function parseDraft(input: unknown): { ok: true; definition: QuestionnaireDefinition } | { ok: false; issues: ValidationIssue[] } {
  const parsed = draftSchema.safeParse(input);
  return parsed.success ? { ok: true, definition: parsed.data } : { ok: false, issues: shapeIssues(parsed.error) };
}

// ---------------------------------------------------------------------------------------------
// Items of the editor and where an issue points
// ---------------------------------------------------------------------------------------------

export type ItemType = "meta" | "section" | "question" | "condition" | "procedureDate";
export type EditorItem = { type: "meta" } | { type: Exclude<ItemType, "meta">; key: string };

/** "question:beds", as in the editor's `?item=` parameter and element ids. */
export function itemId(item: EditorItem): string {
  return item.type === "meta" ? "meta" : `${item.type}:${item.key}`;
}

export function parseItemId(id: string | null | undefined): EditorItem | null {
  if (!id) return null;
  if (id === "meta") return { type: "meta" };
  const m = /^(section|question|condition|procedureDate):(.*)$/.exec(id);
  return m && KEY_PATTERN.test(m[2]!) ? { type: m[1] as Exclude<ItemType, "meta">, key: m[2]! } : null;
}

const isIndex = (s: string | undefined): s is string => s !== undefined && /^\d+$/.test(s);

/**
 * The editor item a validation issue is about. Semantic issues name keys
 * (`conditions.<key>.rule`, `sections.<s>.questions.<q>`, `sections.questions.<q>.visibleWhen`,
 * `questions.<q>`); shape issues give indices (`sections.0.questions.2.label.nl`).
 */
export function issueTarget(def: QuestionnaireDefinition, path: string): EditorItem {
  const [head, a, b, c] = path.split(".");
  const meta: EditorItem = { type: "meta" };
  switch (head) {
    case "sections": {
      if (a === "questions") return b ? { type: "question", key: b } : meta;
      const section = isIndex(a) ? def.sections[Number(a)] : def.sections.find((s) => s.key === a);
      if (!section) return a && !isIndex(a) ? { type: "section", key: a } : meta;
      if (b === "questions" && c !== undefined) {
        const question = isIndex(c) ? section.questions[Number(c)] : section.questions.find((q) => q.key === c);
        if (question) return { type: "question", key: question.key };
        if (!isIndex(c)) return { type: "question", key: c };
      }
      return { type: "section", key: section.key };
    }
    case "questions":
      return a ? { type: "question", key: a } : meta;
    case "conditions":
    case "procedureDates": {
      const type = head === "conditions" ? "condition" : "procedureDate";
      const list: readonly { key: string }[] = head === "conditions" ? def.conditions : def.procedureDates;
      const item = isIndex(a) ? list[Number(a)] : a ? { key: a } : undefined;
      return item?.key ? { type, key: item.key } : meta;
    }
    default:
      return meta;
  }
}

// ---------------------------------------------------------------------------------------------
// Edits: every function returns a new definition.
// ---------------------------------------------------------------------------------------------

type Keyed = { key: string };

/** Replaces the item with `originalKey` in place, or appends when there is none. */
export function upsertKeyed<T extends Keyed>(list: readonly T[], originalKey: string | null, item: T): T[] {
  const index = originalKey === null ? -1 : list.findIndex((x) => x.key === originalKey);
  return index < 0 ? [...list, item] : list.map((x, i) => (i === index ? item : x));
}

export function removeKeyed<T extends Keyed>(list: readonly T[], key: string): T[] {
  return list.filter((x) => x.key !== key);
}

/** Moves an item one place up (-1) or down (+1); at the ends nothing changes. */
export function moveKeyed<T extends Keyed>(list: readonly T[], key: string, delta: -1 | 1): T[] {
  const from = list.findIndex((x) => x.key === key);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** Rewrites references to a question key in a rule. */
export function renameInRule(rule: Rule, from: string, to: string): Rule {
  switch (rule.op) {
    case "all":
    case "any":
      return { ...rule, rules: rule.rules.map((r) => renameInRule(r, from, to)) };
    case "not":
      return { ...rule, rule: renameInRule(rule.rule, from, to) };
    default:
      return rule.question === from ? { ...rule, question: to } : rule;
  }
}

/** A question's key changed: every rule and evidence reference follows it. */
export function renameQuestionKey(def: QuestionnaireDefinition, from: string, to: string): QuestionnaireDefinition {
  if (from === to) return def;
  const r = <T extends Rule | undefined>(rule: T): T => (rule ? (renameInRule(rule, from, to) as T) : rule);
  const withRule = <T extends { visibleWhen?: Rule }>(x: T): T => (x.visibleWhen ? { ...x, visibleWhen: r(x.visibleWhen) } : x);
  return {
    ...def,
    sections: def.sections.map((s) => withRule({ ...s, questions: s.questions.map(withRule) })),
    conditions: def.conditions.map((c) => ({
      ...c,
      rule: r(c.rule),
      ...(c.appliesWhen ? { appliesWhen: r(c.appliesWhen) } : {}),
      ...(c.evidence?.question === from ? { evidence: { ...c.evidence, question: to } } : {}),
    })),
    procedureDates: def.procedureDates.map((d) => (d.appliesWhen ? { ...d, appliesWhen: r(d.appliesWhen) } : d)),
  };
}

/** Adds a section (originalKey null) or changes one's title, description, profile flag or visibility. */
export function saveSection(def: QuestionnaireDefinition, originalKey: string | null, header: SectionHeader): QuestionnaireDefinition {
  const questions = def.sections.find((s) => s.key === originalKey)?.questions ?? [];
  return { ...def, sections: upsertKeyed(def.sections, originalKey, { ...header, questions }) };
}

/** Adds or changes a question in `sectionKey`; a question moved to another section goes to its end. */
export function saveQuestion(
  def: QuestionnaireDefinition,
  originalKey: string | null,
  sectionKey: string,
  question: Section["questions"][number],
): QuestionnaireDefinition {
  const renamed = originalKey ? renameQuestionKey(def, originalKey, question.key) : def;
  const current = originalKey ? def.sections.find((s) => s.questions.some((q) => q.key === originalKey))?.key : undefined;
  return {
    ...renamed,
    sections: renamed.sections.map((s) => {
      if (s.key === sectionKey) {
        return { ...s, questions: upsertKeyed(s.questions, current === sectionKey ? originalKey : null, question) };
      }
      return current === s.key && originalKey ? { ...s, questions: removeKeyed(s.questions, originalKey) } : s;
    }),
  };
}

/**
 * What changed between two versions of a questionnaire: added, removed and changed sections,
 * questions, conditions and procedure dates (matched by key, since keys keep their meaning across
 * versions), and which top-level fields differ. Order alone is not a change. Pure.
 */
import type { Condition, ProcedureDate, Question, QuestionnaireDefinition, Section } from "./schema";

export interface ItemChange<T> {
  key: string;
  before: T;
  after: T;
  /** The fields whose values differ, e.g. ["label", "max"]. */
  fields: string[];
}

export interface ListDiff<T> {
  added: T[];
  removed: T[];
  changed: ItemChange<T>[];
}

/** A question together with the key of the section it stands in (moving it is a change). */
export type PlacedQuestion = Question & { section: string };
export type SectionHeader = Omit<Section, "questions">;

export const META_FIELDS = ["title", "description", "insurer", "policyPeriod", "document"] as const;
export type MetaField = (typeof META_FIELDS)[number];

export interface DefinitionDiff {
  meta: MetaField[];
  sections: ListDiff<SectionHeader>;
  questions: ListDiff<PlacedQuestion>;
  conditions: ListDiff<Condition>;
  procedureDates: ListDiff<ProcedureDate>;
}

/** Structural equality of JSON-like values; object key order does not matter. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)].filter((k) => ao[k] !== undefined || bo[k] !== undefined));
  return [...keys].every((k) => deepEqual(ao[k], bo[k]));
}

function changedFields(before: object, after: object): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((k) => !deepEqual(b[k], a[k]));
}

export function diffList<T extends { key: string }>(before: readonly T[], after: readonly T[]): ListDiff<T> {
  const old = new Map(before.map((x) => [x.key, x]));
  const now = new Map(after.map((x) => [x.key, x]));
  const changed: ItemChange<T>[] = [];
  for (const item of after) {
    const prev = old.get(item.key);
    if (!prev) continue;
    const fields = changedFields(prev, item);
    if (fields.length) changed.push({ key: item.key, before: prev, after: item, fields });
  }
  return {
    added: after.filter((x) => !old.has(x.key)),
    removed: before.filter((x) => !now.has(x.key)),
    changed,
  };
}

function placedQuestions(def: QuestionnaireDefinition): PlacedQuestion[] {
  return def.sections.flatMap((s) => s.questions.map((q) => ({ ...q, section: s.key })));
}

function sectionHeaders(def: QuestionnaireDefinition): SectionHeader[] {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- questions are compared one by one
  return def.sections.map(({ questions, ...header }) => header);
}

export function diffDefinitions(before: QuestionnaireDefinition, after: QuestionnaireDefinition): DefinitionDiff {
  return {
    meta: META_FIELDS.filter((f) => !deepEqual(before[f], after[f])),
    sections: diffList(sectionHeaders(before), sectionHeaders(after)),
    questions: diffList(placedQuestions(before), placedQuestions(after)),
    conditions: diffList(before.conditions, after.conditions),
    procedureDates: diffList(before.procedureDates, after.procedureDates),
  };
}

export function isEmptyDiff(diff: DefinitionDiff): boolean {
  const lists = [diff.sections, diff.questions, diff.conditions, diff.procedureDates];
  return !diff.meta.length && lists.every((l) => !l.added.length && !l.removed.length && !l.changed.length);
}

/** Counts for the audit log: how much a save changed. */
export function diffSummary(diff: DefinitionDiff) {
  const count = (l: ListDiff<unknown>) => ({ added: l.added.length, removed: l.removed.length, changed: l.changed.length });
  return {
    meta: diff.meta,
    sections: count(diff.sections),
    questions: count(diff.questions),
    conditions: count(diff.conditions),
    procedureDates: count(diff.procedureDates),
  };
}

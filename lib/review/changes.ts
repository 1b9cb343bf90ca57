/**
 * What a provider changed between two submits: the answers snapshot the officer last reviewed
 * against the answers now. Pure.
 */
import type { AnswerValue } from "../questionnaire/schema";

export type AnswerMap = Readonly<Record<string, AnswerValue | null | undefined>>;

/** Equal answers compare equal however they were stored: no answer is null, choices are a set. */
function normalise(v: AnswerValue | null | undefined): string {
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return "null";
  if (Array.isArray(v)) return v.length ? JSON.stringify([...v].map(String).sort()) : "null";
  return JSON.stringify(v);
}

/** Question keys whose answer differs, in the order of `order` (keys not in it last). */
export function changedAnswers(before: AnswerMap, after: AnswerMap, order: readonly string[] = []): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed = [...keys].filter((k) => normalise(before[k]) !== normalise(after[k]));
  const position = new Map(order.map((k, i) => [k, i]));
  return changed.sort((a, b) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity) || a.localeCompare(b));
}

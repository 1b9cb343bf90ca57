/**
 * List filters live in the URL, so a filtered list can be bookmarked and shared. The filter forms
 * validate with their zod schema before navigating; reading the URL is lenient: a hand-edited,
 * invalid field falls back to its empty value instead of breaking the page.
 */
import type { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;

export function firstParam(params: SearchParams, key: string): string {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** Each field of a filter object parsed on its own; object-level checks (e.g. date order) are skipped. */
export function parseFilters<S extends z.ZodObject>(schema: S, params: SearchParams): z.output<S> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const parsed = field.safeParse(firstParam(params, key));
    out[key] = parsed.success ? parsed.data : field.parse("");
  }
  return out as z.output<S>;
}

/** A query string without the empty filters, e.g. "?q=jan&role=ADMIN" (or "" when none is set). */
export function toQuery(values: Record<string, string | number | bigint | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== "" && value !== null && value !== undefined) query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** A 1-based page number; anything else is page 1. */
export function pageParam(params: SearchParams): number {
  const page = Number(firstParam(params, "page"));
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

/** A keyset cursor (an autoincrement id), or null. */
export function cursorParam(params: SearchParams, key: string): bigint | null {
  const value = firstParam(params, key);
  return /^\d{1,18}$/.test(value) ? BigInt(value) : null;
}

/**
 * The review queue's filters, sorting and paging as they travel in the URL: parsed leniently (a
 * tampered value falls back to its default), with a message per field for dates a person typed.
 * Pure: the service turns a parsed query into SQL.
 */
import { isCalendarDate } from "../dates";
import { KEY_PATTERN } from "../questionnaire/schema";
import { REGION_KEYS } from "../regions";
import { OFFICER_STATUSES, type OfficerStatus } from "./workflow";

export const QUEUE_SORTS = ["submitted", "organisation", "unmet", "deadline"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export const PAGE_SIZES = [25, 50, 100] as const;
/** "open": waiting for an officer; "all": everything officers may see. */
export const STATUS_FILTERS = ["open", "all", ...OFFICER_STATUSES] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export const UNMET_FILTERS = ["any", "yes", "no"] as const;

export interface QueueQuery {
  /** Organisation name (part of it) or KvK number. */
  q: string;
  careType: string;
  status: StatusFilter;
  region: string;
  unmet: (typeof UNMET_FILTERS)[number];
  /** Submitted on or after / on or before these days (YYYY-MM-DD, Dutch calendar days). */
  from: string;
  to: string;
  sort: QueueSort;
  dir: "asc" | "desc";
  page: number;
  size: (typeof PAGE_SIZES)[number];
}

export const DEFAULT_QUEUE_QUERY: QueueQuery = {
  q: "",
  careType: "",
  status: "open",
  region: "",
  unmet: "any",
  from: "",
  to: "",
  // Oldest first: a queue is worked through in order of arrival.
  sort: "submitted",
  dir: "asc",
  page: 1,
  size: 25,
};

export type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";


/** Field → message key, for the dates; other fields never fail, they fall back. */
export type QueueErrors = Partial<Record<"from" | "to", "review.errors.date" | "review.errors.dateOrder">>;

export function parseQueueQuery(params: SearchParams): { query: QueueQuery; errors: QueueErrors; input: Record<string, string> } {
  const input = Object.fromEntries(Object.keys(DEFAULT_QUEUE_QUERY).map((k) => [k, first(params[k]).trim()]));
  const pick = <T extends string>(values: readonly T[], value: string, fallback: T): T =>
    (values as readonly string[]).includes(value) ? (value as T) : fallback;
  const d = DEFAULT_QUEUE_QUERY;
  const errors: QueueErrors = {};
  const date = (field: "from" | "to") => {
    const value = input[field]!;
    if (!value) return "";
    if (isCalendarDate(value)) return value;
    errors[field] = "review.errors.date";
    return "";
  };
  const from = date("from");
  let to = date("to");
  if (from && to && to < from) {
    errors.to = "review.errors.dateOrder";
    to = "";
  }
  const page = Number(input.page);
  const size = Number(input.size);
  return {
    query: {
      q: input.q!.slice(0, 100),
      careType: KEY_PATTERN.test(input.careType!) ? input.careType! : "",
      status: pick(STATUS_FILTERS, input.status!, d.status),
      region: (REGION_KEYS as readonly string[]).includes(input.region!) ? input.region! : "",
      unmet: pick(UNMET_FILTERS, input.unmet!, d.unmet),
      from,
      to,
      sort: pick(QUEUE_SORTS, input.sort!, d.sort),
      dir: input.dir === "desc" ? "desc" : input.dir === "asc" ? "asc" : d.dir,
      page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : d.page,
      size: (PAGE_SIZES as readonly number[]).includes(size) ? (size as QueueQuery["size"]) : d.size,
    },
    errors,
    input,
  };
}

/** The statuses a status filter stands for. */
export function statusesFor(filter: StatusFilter): readonly OfficerStatus[] {
  if (filter === "all") return OFFICER_STATUSES;
  if (filter === "open") return ["SUBMITTED", "IN_REVIEW"];
  return [filter];
}

/** A KvK number is 8 digits: a search of digits only also matches KvK numbers starting with them. */
export function searchTerms(q: string): { name: string; kvkPrefix: string | null } {
  const compact = q.replace(/\s+/g, "");
  return { name: q, kvkPrefix: /^\d{1,8}$/.test(compact) ? compact : null };
}

/** The query string for a query, leaving out defaults so links stay short; `changes` override fields. */
export function queueSearch(query: QueueQuery, changes: Partial<QueueQuery> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_QUEUE_QUERY) as (keyof QueueQuery)[]) {
    if (next[key] !== DEFAULT_QUEUE_QUERY[key]) params.set(key, String(next[key]));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * Procedure dates (planning en termijnen) on a timeline relative to "today", keeping the precision
 * the policy gives: a month-only date ("medio augustus") is upcoming until that month has passed.
 */
import { daysBetween, lastDayOfMonth } from "../dates";
import type { ProcedureDate, When } from "../questionnaire/schema";

export interface TimelineEntry {
  date: ProcedureDate;
  /** First and last calendar day the date can refer to. */
  start: string;
  end: string;
  past: boolean;
  /** A period, month or year that has begun and not yet ended. */
  ongoing: boolean;
  /** Days until `start`; 0 while today lies within [start, end]; negative once past. */
  daysRemaining: number;
  /** True when the document gives only a month or a year. */
  approximate: boolean;
}

export interface Timeline {
  past: TimelineEntry[];
  upcoming: TimelineEntry[];
}

export function dateRange(when: When): { start: string; end: string } {
  switch (when.precision) {
    case "day":
      return { start: when.date, end: when.endDate ?? when.date };
    case "month":
      return { start: `${when.month}-01`, end: lastDayOfMonth(when.month) };
    case "year":
      return { start: `${when.year}-01-01`, end: `${when.year}-12-31` };
  }
}

/** A sortable key: start day, then time of day (untimed dates sort first on their day). */
function sortKey(when: When): string {
  const { start } = dateRange(when);
  return `${start}T${when.precision === "day" ? (when.time ?? "00:00") : "00:00"}`;
}

export function buildTimeline(
  dates: readonly ProcedureDate[],
  today: string,
  applies: (date: ProcedureDate) => boolean = () => true,
): Timeline {
  const entries = dates
    .filter(applies)
    .map((date): TimelineEntry => {
      const { start, end } = dateRange(date.when);
      const past = end < today;
      const daysRemaining = past ? daysBetween(today, end) : Math.max(0, daysBetween(today, start));
      const ongoing = !past && start <= today && end > today;
      return { date, start, end, past, ongoing, daysRemaining, approximate: date.when.precision !== "day" };
    })
    .sort((a, b) => sortKey(a.date.when).localeCompare(sortKey(b.date.when)));
  return { past: entries.filter((e) => e.past), upcoming: entries.filter((e) => !e.past) };
}

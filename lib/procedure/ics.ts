/**
 * Procedure dates as an iCalendar file (RFC 5545) for the provider's own agenda.
 *
 * Each date keeps the precision the policy gives it:
 * - a day with a time: a timed event in Europe/Amsterdam (30 minutes unless an end is given);
 * - a day (or a period of days) without a time: an all-day event;
 * - a month: an all-day event over the whole month, its summary starting with the month in words
 *   ("medio augustus 2025 — ...") and "Datum bij benadering" in the description, so nobody takes it
 *   for an exact date;
 * - a year: left out. A year-long event only clutters an agenda and says nothing a reader can plan on.
 *
 * Pure: no framework imports; the same input always gives the same text.
 */
import { addToDate } from "../dates";
import { formatMonth, formatWhen, type FormatLocale } from "../questionnaire/format-answer";
import type { TimelineEntry } from "./timeline";

export interface IcsInput {
  calendarName: string;
  entries: readonly TimelineEntry[];
  locale: FormatLocale;
  /** Right-hand side of every UID, e.g. "<submission id>.zorginkoop.example.nl". */
  uidDomain: string;
  /** DTSTAMP of every event. */
  now: Date;
}

const TZID = "Europe/Amsterdam";
const CRLF = "\r\n";

const LABELS = {
  nl: {
    action: "Actie: ",
    who: "Wie",
    actors: { provider: "u (zorgaanbieder)", insurer: "de zorgverzekeraar / het zorgkantoor", both: "beide partijen" },
    source: "Bron",
    page: "pagina",
    approximate: "Datum bij benadering",
  },
  en: {
    action: "Action: ",
    who: "Who",
    actors: { provider: "you (care provider)", insurer: "the insurer / care office", both: "both parties" },
    source: "Source",
    page: "page",
    approximate: "Approximate date",
  },
} as const satisfies Record<FormatLocale, unknown>;

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space, and a
 * multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (bytes + size > limit) {
      parts.push(current);
      current = "";
      bytes = 0;
      limit = 74; // the leading space of a continuation line counts too
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const compactDate = (iso: string) => iso.replace(/-/g, "");

/** A local date-time "YYYY-MM-DD" + "HH:MM" plus some minutes, as "YYYYMMDDTHHMMSS". */
function localDateTime(date: string, time: string, plusMinutes = 0): string {
  const [h, m] = time.split(":").map(Number);
  const total = h! * 60 + m! + plusMinutes;
  const day = addToDate(date, Math.floor(total / 1440), "days");
  const minutes = total % 1440;
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${compactDate(day)}T${hh}${mm}00`;
}

function utcStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** Europe/Amsterdam with the EU rules since 1996: CEST from the last Sunday of March, CET from the last of October. */
const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${TZID}`,
  `X-LIC-LOCATION:${TZID}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

interface EventTimes {
  lines: string[];
  timed: boolean;
}

/** DTSTART/DTEND for an entry; null for the precisions we leave out (year). */
function eventTimes(entry: TimelineEntry): EventTimes | null {
  const when = entry.date.when;
  switch (when.precision) {
    case "year":
      return null;
    case "month":
      // The whole month, all-day; DTEND is exclusive: the first day of the next month.
      return {
        timed: false,
        lines: [`DTSTART;VALUE=DATE:${compactDate(entry.start)}`, `DTEND;VALUE=DATE:${compactDate(addToDate(entry.end, 1, "days"))}`],
      };
    case "day": {
      if (!when.time) {
        return {
          timed: false,
          lines: [
            `DTSTART;VALUE=DATE:${compactDate(when.date)}`,
            `DTEND;VALUE=DATE:${compactDate(addToDate(when.endDate ?? when.date, 1, "days"))}`,
          ],
        };
      }
      const start = localDateTime(when.date, when.time);
      let end: string;
      if (when.endDate && when.endTime) end = localDateTime(when.endDate, when.endTime);
      else if (when.endDate) end = `${compactDate(addToDate(when.endDate, 1, "days"))}T000000`; // through that whole day
      else if (when.endTime && when.endTime > when.time) end = localDateTime(when.date, when.endTime);
      else end = localDateTime(when.date, when.time, 30);
      if (end <= start) end = localDateTime(when.date, when.time, 30);
      return { timed: true, lines: [`DTSTART;TZID=${TZID}:${start}`, `DTEND;TZID=${TZID}:${end}`] };
    }
  }
}

function summary(entry: TimelineEntry, locale: FormatLocale): string {
  const { when, event, actor } = entry.date;
  const text = `${actor === "provider" ? LABELS[locale].action : ""}${event[locale]}`;
  return when.precision === "month" ? `${formatMonth(when.month, locale, when.qualifier)} — ${text}` : text;
}

function description(entry: TimelineEntry, locale: FormatLocale): string {
  const l = LABELS[locale];
  const { when, actor, source } = entry.date;
  const lines = [
    `${l.who}: ${l.actors[actor]}`,
    `${l.source}: ${source.section}${source.page ? ` (${l.page} ${source.page})` : ""}`,
  ];
  if (when.precision === "month") lines.push(`${l.approximate}: ${formatWhen(when, locale)}`);
  return lines.join("\n");
}

/** The calendar file; lines end in CRLF and are folded at 75 octets. */
export function buildIcs(input: IcsInput): string {
  const { calendarName, entries, locale, uidDomain, now } = input;
  const stamp = utcStamp(now);
  const events: string[][] = [];
  let needsTimezone = false;
  for (const entry of entries) {
    const times = eventTimes(entry);
    if (!times) continue;
    needsTimezone ||= times.timed;
    events.push([
      "BEGIN:VEVENT",
      `UID:${entry.date.key}@${uidDomain}`,
      `DTSTAMP:${stamp}`,
      ...times.lines,
      `SUMMARY:${escapeText(summary(entry, locale))}`,
      `DESCRIPTION:${escapeText(description(entry, locale))}`,
      // Whole days and months are markers, not appointments: do not show the provider as busy.
      `TRANSP:${times.timed ? "OPAQUE" : "TRANSPARENT"}`,
      "END:VEVENT",
    ]);
  }
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Zorginkoop zelfevaluatie//Procedure//NL",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(calendarName)}`,
    `X-WR-TIMEZONE:${TZID}`,
    ...(needsTimezone ? VTIMEZONE : []),
    ...events.flat(),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

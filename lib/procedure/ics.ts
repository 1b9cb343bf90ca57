/**
 * Procedure dates as an iCalendar file (RFC 5545) for the provider's own agenda, written by
 * `ical-generator` (escaping, line folding at 75 octets, CRLF).
 *
 * Each date keeps the precision the policy gives it:
 * - a day with a time: a timed event in Europe/Amsterdam (30 minutes unless an end is given);
 * - a day (or a period of days) without a time: an all-day event;
 * - a month: an all-day event over the whole month, its summary starting with the month in words
 *   ("medio augustus 2025 — ...") and "Datum bij benadering" in the description, so nobody takes it
 *   for an exact date;
 * - a year: left out. A year-long event only clutters an agenda and says nothing a reader can plan on.
 *
 * Pure: no framework imports (the wording comes in as a translator); the same input gives the same text.
 */
import ical, { ICalCalendarMethod, ICalEventTransparency, type ICalEventData } from "ical-generator";
import { addToDate } from "../dates";
import type { Locale } from "../i18n/locale";
import type { Translate } from "../i18n/message";
import { formatMonth, formatWhen } from "../questionnaire/format-answer";
import type { TimelineEntry } from "./timeline";

export interface IcsInput {
  calendarName: string;
  entries: readonly TimelineEntry[];
  locale: Locale;
  /** Words the calendar's own labels (`calendar.*` in the message files). */
  t: Translate;
  /** Right-hand side of every UID, e.g. "<submission id>.zorginkoop.example.nl". */
  uidDomain: string;
  /** DTSTAMP of every event. */
  now: Date;
}

const TZID = "Europe/Amsterdam";

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
].join("\r\n");

/**
 * A wall-clock time "YYYY-MM-DD" + "HH:MM" plus some minutes, as a local date-time string. With an
 * event time zone set, ical-generator writes such a string's local fields as they are (TZID=...).
 */
function wallClock(date: string, time: string, plusMinutes = 0): string {
  const [h, m] = time.split(":").map(Number);
  const total = h! * 60 + m! + plusMinutes;
  const day = addToDate(date, Math.floor(total / 1440), "days");
  const minutes = total % 1440;
  return `${day}T${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}:00`;
}

/** Start and end of an entry's event; null for the precisions we leave out (year). */
function eventTimes(entry: TimelineEntry): Pick<ICalEventData, "start" | "end" | "allDay" | "timezone"> | null {
  const when = entry.date.when;
  // All-day ends are exclusive: the day after the last day. Date-only strings are read as UTC days.
  const allDay = (first: string, last: string) => ({ allDay: true, start: first, end: addToDate(last, 1, "days") });
  switch (when.precision) {
    case "year":
      return null;
    case "month":
      return allDay(entry.start, entry.end);
    case "day": {
      if (!when.time) return allDay(when.date, when.endDate ?? when.date);
      const start = wallClock(when.date, when.time);
      let end: string;
      if (when.endDate && when.endTime) end = wallClock(when.endDate, when.endTime);
      else if (when.endDate) end = wallClock(addToDate(when.endDate, 1, "days"), "00:00"); // through that whole day
      else if (when.endTime && when.endTime > when.time) end = wallClock(when.date, when.endTime);
      else end = wallClock(when.date, when.time, 30);
      if (end <= start) end = wallClock(when.date, when.time, 30);
      return { allDay: false, start, end, timezone: TZID };
    }
  }
}

function summary(entry: TimelineEntry, locale: Locale, t: Translate): string {
  const { when, event, actor } = entry.date;
  const text = actor === "provider" ? t("calendar.action", { event: event[locale] }) : event[locale];
  return when.precision === "month"
    ? t("calendar.approximateSummary", { month: formatMonth(when.month, locale, when.qualifier), event: text })
    : text;
}

function description(entry: TimelineEntry, locale: Locale, t: Translate): string {
  const { when, actor, source } = entry.date;
  const lines = [
    t("calendar.who", { actor }),
    source.page ? t("calendar.sourcePage", { section: source.section, page: source.page }) : t("calendar.source", { section: source.section }),
  ];
  if (when.precision === "month") lines.push(t("calendar.approximate", { when: formatWhen(when, locale) }));
  return lines.join("\n");
}

/** The calendar file; lines end in CRLF and are folded at 75 octets. */
export function buildIcs(input: IcsInput): string {
  const { calendarName, entries, locale, t, uidDomain, now } = input;
  const calendar = ical({
    prodId: "//Zorginkoop zelfevaluatie//Procedure//NL",
    scale: "GREGORIAN",
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone (it would write DTSTAMP in local time); only timed events name one, and
    // the generator then adds the VTIMEZONE they refer to.
    timezone: { name: null, generator: (zone) => (zone === TZID ? VTIMEZONE : null) },
    // As custom properties these are escaped; ical-generator's `name` would write commas and semicolons raw.
    x: [
      ["X-WR-CALNAME", calendarName],
      ["X-WR-TIMEZONE", TZID],
    ],
  });
  for (const entry of entries) {
    const times = eventTimes(entry);
    if (!times) continue;
    calendar.createEvent({
      id: `${entry.date.key}@${uidDomain}`,
      stamp: now,
      ...times,
      summary: summary(entry, locale, t),
      description: description(entry, locale, t),
      // Whole days and months are markers, not appointments: do not show the provider as busy.
      transparency: times.allDay ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    });
  }
  return `${calendar.toString()}\r\n`;
}

import { describe, expect, it } from "vitest";
import { fixture } from "../test/fixture";
import type { ProcedureDate } from "../questionnaire/schema";
import type { Locale } from "../i18n/locale";
import { translatorFor } from "../i18n/translator";
import { buildIcs } from "./ics";
import { buildTimeline, type TimelineEntry } from "./timeline";

const NOW = new Date("2025-05-01T08:30:00Z");
const timeline = buildTimeline(fixture.procedureDates, "2025-05-01");
const entries = [...timeline.past, ...timeline.upcoming];

function ics(list: readonly TimelineEntry[] = entries, locale: Locale = "nl") {
  return buildIcs({ calendarName: "Procedure Testzorg", entries: list, locale, t: translatorFor(locale), uidDomain: "sub1.example.nl", now: NOW });
}

/** Unfolds continuation lines and splits the calendar into its events, as property maps. */
function events(text: string): Map<string, string>[] {
  const lines = text.replace(/\r\n /g, "").split("\r\n");
  const out: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = new Map();
    else if (line === "END:VEVENT") {
      out.push(current!);
      current = null;
    } else if (current) {
      const i = line.indexOf(":");
      current.set(line.slice(0, i), line.slice(i + 1));
    }
  }
  return out;
}

const byUid = (text: string, key: string) => events(text).find((e) => e.get("UID") === `${key}@sub1.example.nl`);

function entry(date: Partial<ProcedureDate>): TimelineEntry {
  const full: ProcedureDate = {
    key: "x",
    when: { precision: "day", date: "2025-03-03" },
    event: { nl: "Iets", en: "Something" },
    actor: "insurer",
    source: { section: "Planning" },
    ...date,
  };
  return buildTimeline([full], "2025-01-01").upcoming[0]!;
}

describe("buildIcs", () => {
  it("is a calendar with CRLF line endings and one event per non-year date", () => {
    const text = ics();
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    // publication, questions, registration_window, offer; the year-only "contract" is left out.
    expect(events(text).map((e) => e.get("UID"))).toEqual(
      ["publication", "questions", "registration_window", "offer"].map((k) => `${k}@sub1.example.nl`),
    );
    expect(text).not.toContain("contract@");
  });

  it("writes a day without a time as an all-day event with an exclusive end", () => {
    const e = byUid(ics(), "publication")!;
    expect(e.get("DTSTART;VALUE=DATE")).toBe("20250401");
    expect(e.get("DTEND;VALUE=DATE")).toBe("20250402");
    expect(e.get("SUMMARY")).toBe("Publicatie");
    expect(e.get("TRANSP")).toBe("TRANSPARENT");
    const period = byUid(ics(), "registration_window")!;
    expect(period.get("DTSTART;VALUE=DATE")).toBe("20250601");
    expect(period.get("DTEND;VALUE=DATE")).toBe("20250701");
  });

  it("writes a day with a time as a 30-minute event in Europe/Amsterdam with its VTIMEZONE", () => {
    const text = ics();
    const e = byUid(text, "questions")!;
    expect(e.get("DTSTART;TZID=Europe/Amsterdam")).toBe("20250515T120000");
    expect(e.get("DTEND;TZID=Europe/Amsterdam")).toBe("20250515T123000");
    expect(e.get("SUMMARY")).toBe("Actie: Vragen stellen");
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n");
    expect(text).toContain("TZNAME:CEST");
    expect(text).toContain("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
  });

  it("uses an explicit end, and crosses midnight correctly", () => {
    const ranged = entry({ when: { precision: "day", date: "2025-03-03", time: "09:00", endDate: "2025-03-04", endTime: "17:00" } });
    const late = entry({ when: { precision: "day", date: "2025-12-31", time: "23:45" } });
    const sameDay = entry({ when: { precision: "day", date: "2025-03-03", time: "09:00", endTime: "10:15" } });
    const [a, b, c] = events(ics([ranged, late, sameDay]));
    expect(a!.get("DTEND;TZID=Europe/Amsterdam")).toBe("20250304T170000");
    expect(b!.get("DTEND;TZID=Europe/Amsterdam")).toBe("20260101T001500");
    expect(c!.get("DTEND;TZID=Europe/Amsterdam")).toBe("20250303T101500");
  });

  it("leaves out the VTIMEZONE when no event has a time", () => {
    const allDay = entries.filter((e) => e.date.key !== "questions");
    expect(ics(allDay)).not.toContain("VTIMEZONE");
  });

  it("spans a month-only date over the whole month and says it is approximate", () => {
    const e = byUid(ics(), "offer")!;
    expect(e.get("DTSTART;VALUE=DATE")).toBe("20250801");
    expect(e.get("DTEND;VALUE=DATE")).toBe("20250901");
    expect(e.get("SUMMARY")).toBe("medio augustus 2025 — Offerte");
    expect(e.get("DESCRIPTION")).toContain("Datum bij benadering: medio augustus 2025");
    const en = byUid(ics(entries, "en"), "offer")!;
    expect(en.get("SUMMARY")).toBe("mid August 2025 — Offerte");
    expect(en.get("DESCRIPTION")).toContain("Approximate date: mid August 2025");
  });

  it("describes who acts and the source section, in the locale", () => {
    const nl = byUid(ics(), "questions")!;
    expect(nl.get("DESCRIPTION")).toBe("Wie: u (zorgaanbieder)\\nBron: Voorwaarden");
    const en = byUid(ics(entries, "en"), "questions")!;
    expect(en.get("SUMMARY")).toBe("Action: Vragen stellen");
    expect(en.get("DESCRIPTION")).toBe("Who: you (care provider)\\nSource: Voorwaarden");
  });

  it("escapes backslash, semicolon, comma and newlines in text", () => {
    const e = entry({ key: "esc", event: { nl: "a,b;c\\d\nline", en: "x" } });
    const text = ics([e]);
    expect(text).toContain("SUMMARY:a\\,b\\;c\\\\d\\nline\r\n");
    expect(buildIcs({ calendarName: "Zorg, thuis; nu", entries: [], locale: "nl", t: translatorFor("nl"), uidDomain: "d", now: NOW })).toContain(
      "X-WR-CALNAME:Zorg\\, thuis\\; nu\r\n",
    );
  });

  it("folds long lines at 75 octets without splitting characters", () => {
    const long = `Aanlevering van het kwaliteitsverslag, de jaarrekening én de verklaring ${"ë".repeat(40)} bij het zorgkantoor`;
    const text = ics([entry({ key: "long", event: { nl: long, en: long } })]);
    const encoder = new TextEncoder();
    for (const line of text.split("\r\n")) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toMatch(/\r\n [^\r\n]/);
    expect(events(text)[0]!.get("SUMMARY")).toBe(long.replace(/,/g, "\\,"));
    const ascii = ics([entry({ key: "ascii", event: { nl: "x".repeat(150), en: "x" } })]);
    const folded = ascii.split("\r\n").filter((line) => /^(SUMMARY:| )x/.test(line));
    expect(folded.length).toBe(3);
    for (const line of folded) expect(line.length).toBeLessThanOrEqual(75);
    expect(ascii.split("\r\n").find((line) => line.startsWith("UID:"))).toBe("UID:ascii@sub1.example.nl");
  });

  it("keeps UIDs stable between exports and stamps every event with `now`", () => {
    const later = buildIcs({ calendarName: "Procedure Testzorg", entries, locale: "en", t: translatorFor("en"), uidDomain: "sub1.example.nl", now: new Date("2026-01-01T00:00:00Z") });
    expect(events(later).map((e) => e.get("UID"))).toEqual(events(ics()).map((e) => e.get("UID")));
    expect(events(ics()).every((e) => e.get("DTSTAMP") === "20250501T083000Z")).toBe(true);
    expect(ics()).toBe(ics());
  });
});

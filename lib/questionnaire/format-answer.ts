/**
 * Answers and procedure dates in words, for people: the PDF export, the calendar export and the
 * web pages. Dutch conventions in Dutch (decimal comma, "1 mei 2025", "medio augustus 2025").
 * Pure and browser-safe: no framework, Node or Intl time-zone dependencies.
 */
import type { Locale } from "../i18n/locale";
import { KINDS } from "./kinds";
import type { AnswerValue, Question, When } from "./schema";

const MONTHS: Record<Locale, readonly string[]> = {
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

const WORDS = {
  nl: { unanswered: "— niet beantwoord —", yes: "Ja", no: "Nee", file: "bestand", files: "bestanden", through: "t/m" },
  en: { unanswered: "— not answered —", yes: "Yes", no: "No", file: "file", files: "files", through: "to" },
} as const;

const QUALIFIERS: Record<Locale, Record<"begin" | "medio" | "eind", string>> = {
  nl: { begin: "begin", medio: "medio", eind: "eind" },
  en: { begin: "early", medio: "mid", eind: "late" },
};

export function monthName(month: number, locale: Locale): string {
  return MONTHS[locale][month - 1] ?? String(month);
}

/** "2025-05-01" → "1 mei 2025" / "1 May 2025". Anything that is not such a date comes back as is. */
export function formatDate(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${monthName(Number(m[2]), locale)} ${m[1]}`;
}

/** "2025-08" → "augustus 2025"; with a qualifier "medio augustus 2025" / "mid August 2025". */
export function formatMonth(month: string, locale: Locale, qualifier?: "begin" | "medio" | "eind"): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const base = m ? `${monthName(Number(m[2]), locale)} ${m[1]}` : month;
  return qualifier ? `${QUALIFIERS[locale][qualifier]} ${base}` : base;
}

/**
 * A number the Dutch way in Dutch ("1.234,5") and the English way in English ("1,234.5"), with
 * up to 10 decimals as entered. Formatted by hand so server and browser always agree.
 */
export function formatNumber(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return String(value);
  const [group, decimal] = locale === "nl" ? [".", ","] : [",", "."];
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(10).replace(/\.?0+$/, "");
  const [int = "0", frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? "-" : ""}${grouped}${frac ? decimal + frac : ""}`;
}

function isEmpty(value: AnswerValue | null | undefined): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === "string" && value.trim() === "") ||
    (Array.isArray(value) && value.length === 0)
  );
}

export interface FormatAnswerOptions {
  /** File questions: evidence file id → file name, to list the names rather than a count. */
  fileNames?: Readonly<Record<string, string>>;
}

/**
 * One answer in words: yes/no as "Ja"/"Nee", option values as their labels, numbers with the
 * locale's decimal separator and the question's unit ("%" for percentages), dates as "1 mei 2025",
 * text as given. No answer gives "— niet beantwoord —".
 */
export function formatAnswer(
  question: Question,
  value: AnswerValue | null | undefined,
  locale: Locale,
  options: FormatAnswerOptions = {},
): string {
  const w = WORDS[locale];
  if (value === null || value === undefined || isEmpty(value)) return w.unanswered;
  return KINDS[question.kind].format(question, value, {
    locale,
    words: w,
    number: (n) => formatNumber(n, locale),
    date: (iso) => formatDate(iso, locale),
    fileNames: options.fileNames,
  });
}

/**
 * A procedure date at the precision the policy gives it: "1 mei 2025", "15 mei 2025 12:00",
 * "1 t/m 30 juni 2025", "medio augustus 2025", "2026".
 */
export function formatWhen(when: When, locale: Locale): string {
  switch (when.precision) {
    case "year":
      return String(when.year);
    case "month":
      return formatMonth(when.month, locale, when.qualifier);
    case "day": {
      const start = formatDate(when.date, locale) + (when.time ? ` ${when.time}` : "");
      const endDate = when.endDate && when.endDate !== when.date ? when.endDate : undefined;
      if (!endDate) {
        // Same day: "1 mei 2025 09:00–17:00".
        return when.time && when.endTime ? `${start}–${when.endTime}` : start;
      }
      const through = WORDS[locale].through;
      if (when.time || when.endTime) {
        return `${start} ${through} ${formatDate(endDate, locale)}${when.endTime ? ` ${when.endTime}` : ""}`;
      }
      // A period of whole days: leave out what the end repeats ("1 t/m 30 juni 2025").
      const [sy, sm, sd] = when.date.split("-");
      const [ey, em] = endDate.split("-");
      const end = formatDate(endDate, locale);
      if (sy === ey && sm === em) return `${Number(sd)} ${through} ${end}`;
      if (sy === ey) return `${Number(sd)} ${monthName(Number(sm), locale)} ${through} ${end}`;
      return `${formatDate(when.date, locale)} ${through} ${end}`;
    }
  }
}

/**
 * Calendar arithmetic on plain "YYYY-MM-DD" strings. Procedure dates are calendar days in the
 * Netherlands, so everything here works on dates, never on instants, to stay clear of DST and
 * server time zones.
 */

export const NL_TIME_ZONE = "Europe/Amsterdam";

/** True for a real calendar day written "YYYY-MM-DD" (not "2025-02-30"). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split("-").map(Number);
  return [y!, m!, d!];
}

function toUtc(date: string): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Today's date in the Netherlands for a given instant. */
export function todayInNL(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: NL_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

const NL_CLOCK = new Intl.DateTimeFormat("sv-SE", {
  timeZone: NL_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** An instant as the Dutch wall clock shows it: "YYYY-MM-DD HH:MM:SS". */
export function formatInstantInNL(instant: Date): string {
  return NL_CLOCK.format(instant);
}

/** Date and time of day on a Dutch clock: "2025-07-01" and "00:30" for 2025-06-30T22:30Z. */
export function clockInNL(instant: Date | number): { date: string; time: string } {
  const [date, time] = formatInstantInNL(new Date(instant)).split(" ");
  return { date: date!, time: time!.slice(0, 5) };
}

/** Milliseconds the Dutch wall clock is ahead of UTC at an instant (1 or 2 hours). */
function offsetInNL(ms: number): number {
  const [date, time] = formatInstantInNL(new Date(ms)).split(" ");
  const [h, min, s] = time!.split(":").map(Number);
  return toUtc(date!) + ((h! * 60 + min!) * 60 + s!) * 1000 - ms;
}

/**
 * The instant a calendar day starts in the Netherlands, e.g. for "from this day" filters. Clocks
 * change at 02:00/03:00, never at midnight, so two passes find the offset that holds at midnight.
 */
export function startOfDayInNL(date: string): Date {
  const midnight = toUtc(date);
  return new Date(midnight - offsetInNL(midnight - offsetInNL(midnight)));
}

/** Whole days from `from` to `to` (negative when `to` lies before `from`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return fromUtc(Date.UTC(y!, m!, 0));
}

/** Adds days, months or years; a month step clamps to the month's last day (31 jan + 1 month = 28/29 feb). */
export function addToDate(date: string, amount: number, unit: "days" | "months" | "years"): string {
  if (unit === "days") return fromUtc(toUtc(date) + amount * 86_400_000);
  const [y, m, d] = parts(date);
  const totalMonths = y * 12 + (m - 1) + (unit === "months" ? amount : amount * 12);
  const year = Math.floor(totalMonths / 12);
  const month = (totalMonths % 12) + 1;
  const monthKey = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
  const last = Number(lastDayOfMonth(monthKey).slice(8));
  return `${monthKey}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

import { describe, expect, it } from "vitest";
import { addToDate, clockInNL, daysBetween, formatInstantInNL, isCalendarDate, lastDayOfMonth, startOfDayInNL, todayInNL } from "./dates";

describe("dates", () => {
  it("counts days across DST changes", () => {
    expect(daysBetween("2025-03-29", "2025-03-31")).toBe(2);
    expect(daysBetween("2025-10-31", "2025-10-25")).toBe(-6);
  });
  it("clamps month arithmetic to the month's last day", () => {
    expect(addToDate("2025-05-31", -3, "months")).toBe("2025-02-28");
    expect(addToDate("2024-02-29", 1, "years")).toBe("2025-02-28");
    expect(addToDate("2025-01-15", -1, "months")).toBe("2024-12-15");
    expect(addToDate("2025-12-31", 1, "days")).toBe("2026-01-01");
  });
  it("knows month ends", () => {
    expect(lastDayOfMonth("2024-02")).toBe("2024-02-29");
    expect(lastDayOfMonth("2025-12")).toBe("2025-12-31");
  });
  it("takes today in the Netherlands, not UTC", () => {
    expect(todayInNL(new Date("2025-06-30T22:30:00Z"))).toBe("2025-07-01");
    expect(todayInNL(new Date("2025-12-31T22:59:00Z"))).toBe("2025-12-31");
  });
  it("finds where a Dutch day starts, in winter, summer and on both clock-change days", () => {
    expect(startOfDayInNL("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(startOfDayInNL("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(startOfDayInNL("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDayInNL("2026-03-30").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(startOfDayInNL("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(startOfDayInNL("2026-10-26").toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });
  it("shows instants on the Dutch clock", () => {
    expect(formatInstantInNL(new Date("2026-07-01T10:05:09Z"))).toBe("2026-07-01 12:05:09");
    expect(formatInstantInNL(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01 00:30:00");
  });
  it("reads a Dutch clock", () => {
    expect(clockInNL(new Date("2025-06-30T22:30:00Z"))).toEqual({ date: "2025-07-01", time: "00:30" });
    expect(clockInNL(new Date("2025-12-31T23:05:00Z"))).toEqual({ date: "2026-01-01", time: "00:05" });
  });
});

describe("isCalendarDate", () => {
  it("accepts real days written YYYY-MM-DD and nothing else", () => {
    expect(["2025-01-31", "2024-02-29", "2000-12-01"].every(isCalendarDate)).toBe(true);
    for (const bad of ["2025-02-29", "2025-02-30", "2025-13-01", "2025-1-01", "20250101", "2025-01-01T00:00", " 2025-01-01", ""]) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
  });
});

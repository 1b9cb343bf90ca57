import { describe, expect, it } from "vitest";
import { addToDate, clockInNL, daysBetween, lastDayOfMonth, startOfDayInNL, todayInNL } from "./dates";

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
  it("knows when a day begins in the Netherlands, in winter and in summer time", () => {
    expect(startOfDayInNL("2025-01-15").toISOString()).toBe("2025-01-14T23:00:00.000Z");
    expect(startOfDayInNL("2025-07-01").toISOString()).toBe("2025-06-30T22:00:00.000Z");
    expect(startOfDayInNL("2025-03-30").toISOString()).toBe("2025-03-29T23:00:00.000Z");
    expect(startOfDayInNL("2025-03-31").toISOString()).toBe("2025-03-30T22:00:00.000Z");
    expect(startOfDayInNL("2025-10-26").toISOString()).toBe("2025-10-25T22:00:00.000Z");
    expect(startOfDayInNL("2025-10-27").toISOString()).toBe("2025-10-26T23:00:00.000Z");
  });
  it("reads a Dutch clock", () => {
    expect(clockInNL(new Date("2025-06-30T22:30:00Z"))).toEqual({ date: "2025-07-01", time: "00:30" });
    expect(clockInNL(new Date("2025-12-31T23:05:00Z"))).toEqual({ date: "2026-01-01", time: "00:05" });
  });
});

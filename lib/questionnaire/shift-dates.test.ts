import { describe, expect, it } from "vitest";
import { shiftProcedureDates, shiftWhen } from "./shift-dates";
import { fixture } from "../test/fixture";

describe("shiftWhen", () => {
  it("moves a day, its time and end date a year on", () => {
    expect(shiftWhen({ precision: "day", date: "2025-05-15", time: "12:00" }, 1)).toEqual({ precision: "day", date: "2026-05-15", time: "12:00" });
    expect(shiftWhen({ precision: "day", date: "2025-06-01", endDate: "2025-06-30", endTime: "17:00" }, 1)).toEqual({
      precision: "day",
      date: "2026-06-01",
      endDate: "2026-06-30",
      endTime: "17:00",
    });
  });

  it("turns 29 February into 28 February", () => {
    expect(shiftWhen({ precision: "day", date: "2024-02-29" }, 1)).toEqual({ precision: "day", date: "2025-02-28" });
    expect(shiftWhen({ precision: "day", date: "2024-02-01", endDate: "2024-02-29" }, 1)).toEqual({
      precision: "day",
      date: "2025-02-01",
      endDate: "2025-02-28",
    });
  });

  it("moves a month with its qualifier, and a year", () => {
    expect(shiftWhen({ precision: "month", month: "2025-08", qualifier: "medio" }, 1)).toEqual({ precision: "month", month: "2026-08", qualifier: "medio" });
    expect(shiftWhen({ precision: "month", month: "2025-12" }, 1)).toEqual({ precision: "month", month: "2026-12" });
    expect(shiftWhen({ precision: "year", year: 2026 }, 1)).toEqual({ precision: "year", year: 2027 });
  });
});

describe("shiftProcedureDates", () => {
  it("shifts every date and leaves the rest alone", () => {
    const next = shiftProcedureDates(fixture, 1);
    expect(next.procedureDates.map((d) => d.when)).toEqual([
      { precision: "day", date: "2026-04-01" },
      { precision: "day", date: "2026-05-15", time: "12:00" },
      { precision: "month", month: "2026-08", qualifier: "medio" },
      { precision: "day", date: "2026-06-01", endDate: "2026-06-30" },
      { precision: "year", year: 2027 },
    ]);
    expect(next.sections).toBe(fixture.sections);
    expect(fixture.procedureDates[0]!.when).toEqual({ precision: "day", date: "2025-04-01" });
  });
});

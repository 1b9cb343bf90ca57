import { describe, expect, it } from "vitest";
import { fixture } from "../test/fixture";
import type { Question } from "./schema";
import { formatAnswer, formatDate, formatNumber, formatWhen } from "./format-answer";

const q = (key: string): Question => {
  const found = fixture.sections.flatMap((s) => s.questions).find((x) => x.key === key);
  if (!found) throw new Error(key);
  return found;
};

describe("formatAnswer", () => {
  it("writes yes/no in the locale", () => {
    expect(formatAnswer(q("wtza"), true, "nl")).toBe("Ja");
    expect(formatAnswer(q("wtza"), false, "nl")).toBe("Nee");
    expect(formatAnswer(q("wtza"), true, "en")).toBe("Yes");
    expect(formatAnswer(q("wtza"), false, "en")).toBe("No");
  });

  it("shows option labels, not values", () => {
    expect(formatAnswer(q("contract_status"), "new", "nl")).toBe("Nieuw");
    expect(formatAnswer(q("sub_types"), ["elv", "grz"], "nl")).toBe("ELV, GRZ");
    expect(formatAnswer(q("contract_status"), "gone", "nl")).toBe("gone");
  });

  it("writes numbers with a decimal comma in Dutch, with the unit", () => {
    expect(formatAnswer(q("beds"), 12, "nl")).toBe("12");
    expect(formatAnswer(q("coverage"), 85.5, "nl")).toBe("85,5%");
    expect(formatAnswer(q("coverage"), 85.5, "en")).toBe("85.5%");
    const withUnit: Question = { ...q("beds"), unit: { nl: "bedden", en: "beds" } };
    expect(formatAnswer(withUnit, 1234.25, "nl")).toBe("1.234,25 bedden");
    expect(formatAnswer(withUnit, 1234.25, "en")).toBe("1,234.25 beds");
    expect(formatNumber(-0.5, "nl")).toBe("-0,5");
    expect(formatNumber(1_000_000, "nl")).toBe("1.000.000");
    expect(formatNumber(0.1 + 0.2, "nl")).toBe("0,3");
  });

  it("writes dates in words", () => {
    expect(formatAnswer(q("kvk_date"), "2025-05-01", "nl")).toBe("1 mei 2025");
    expect(formatAnswer(q("kvk_date"), "2025-05-01", "en")).toBe("1 May 2025");
    expect(formatDate("2026-12-31", "nl")).toBe("31 december 2026");
    expect(formatDate("not a date", "nl")).toBe("not a date");
  });

  it("keeps text as given", () => {
    expect(formatAnswer(q("plan"), "Regel 1\nRegel 2", "nl")).toBe("Regel 1\nRegel 2");
    expect(formatAnswer(q("name"), "J. de Vries", "en")).toBe("J. de Vries");
  });

  it("marks a missing answer", () => {
    for (const value of [null, undefined, "", "  ", []]) {
      expect(formatAnswer(q("name"), value, "nl")).toBe("— niet beantwoord —");
    }
    expect(formatAnswer(q("wtza"), null, "en")).toBe("— not answered —");
  });

  it("lists uploaded files by name when known, else counts them", () => {
    expect(formatAnswer(q("wtza_file"), ["f1", "f2"], "nl")).toBe("2 bestanden");
    expect(formatAnswer(q("wtza_file"), ["f1"], "en")).toBe("1 file");
    expect(formatAnswer(q("wtza_file"), ["f1"], "nl", { fileNames: { f1: "vergunning.pdf" } })).toBe("vergunning.pdf");
  });
});

describe("formatWhen", () => {
  it("respects the precision the policy gives", () => {
    expect(formatWhen({ precision: "day", date: "2025-05-01" }, "nl")).toBe("1 mei 2025");
    expect(formatWhen({ precision: "day", date: "2025-05-01", time: "12:00" }, "nl")).toBe("1 mei 2025 12:00");
    expect(formatWhen({ precision: "month", month: "2025-08", qualifier: "medio" }, "nl")).toBe("medio augustus 2025");
    expect(formatWhen({ precision: "month", month: "2025-08", qualifier: "begin" }, "en")).toBe("early August 2025");
    expect(formatWhen({ precision: "month", month: "2025-08" }, "nl")).toBe("augustus 2025");
    expect(formatWhen({ precision: "year", year: 2026 }, "nl")).toBe("2026");
  });

  it("writes periods without repeating month and year", () => {
    expect(formatWhen({ precision: "day", date: "2025-06-01", endDate: "2025-06-30" }, "nl")).toBe("1 t/m 30 juni 2025");
    expect(formatWhen({ precision: "day", date: "2025-05-28", endDate: "2025-06-03" }, "nl")).toBe("28 mei t/m 3 juni 2025");
    expect(formatWhen({ precision: "day", date: "2025-12-29", endDate: "2026-01-02" }, "en")).toBe("29 December 2025 to 2 January 2026");
    expect(formatWhen({ precision: "day", date: "2025-05-01", time: "09:00", endTime: "17:00" }, "nl")).toBe("1 mei 2025 09:00–17:00");
    expect(formatWhen({ precision: "day", date: "2025-05-01", time: "09:00", endDate: "2025-05-02", endTime: "17:00" }, "nl")).toBe(
      "1 mei 2025 09:00 t/m 2 mei 2025 17:00",
    );
  });

  it("formats every fixture date", () => {
    expect(fixture.procedureDates.map((d) => formatWhen(d.when, "nl"))).toEqual([
      "1 april 2025",
      "15 mei 2025 12:00",
      "medio augustus 2025",
      "1 t/m 30 juni 2025",
      "2026",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvChunks, csvRow } from "./csv";

describe("csvCell", () => {
  it("leaves plain text, numbers and empty values readable", () => {
    expect(csvCell("user.created")).toBe("user.created");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(false)).toBe("false");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell("Zorggroep De Linde ñ é")).toBe("Zorggroep De Linde ñ é");
  });

  it("quotes separators, quotes and line breaks", () => {
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
  });

  it("neutralises cells a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("+31 6 1234")).toBe("'+31 6 1234");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe("\"'\r=1\"");
    expect(csvCell(-5)).toBe("'-5");
    // Only at the start.
    expect(csvCell("a=b")).toBe("a=b");
  });
});

describe("csvRow and csvChunks", () => {
  it("joins cells with ; and ends rows with CRLF", () => {
    expect(csvRow(["a", 1, null, "x;y"])).toBe('a;1;;"x;y"\r\n');
  });

  it("starts the file with a byte order mark and the header, then one piece per batch", async () => {
    async function* batches() {
      yield [["2026-01-02 10:00", "user.created"], ["2026-01-03", "=1+1"]];
      yield [];
      yield [["2026-01-04", "a;b"]];
    }
    const chunks: string[] = [];
    for await (const chunk of csvChunks(["Tijdstip", "Actie"], batches())) chunks.push(chunk);
    expect(chunks).toEqual([`${CSV_BOM}Tijdstip;Actie\r\n`, "2026-01-02 10:00;user.created\r\n2026-01-03;'=1+1\r\n", '2026-01-04;"a;b"\r\n']);
    expect(chunks[0]!.charCodeAt(0)).toBe(0xfeff);
  });
});

import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvChunks, csvRow, toCsv, type CsvCell } from "./csv";

describe("csvCell", () => {
  it.each<[CsvCell, string]>([
    ["user.created", "user.created"],
    [42, "42"],
    [false, "false"],
    [null, ""],
    [undefined, ""],
    ["Zorggroep De Linde ñ é", "Zorggroep De Linde ñ é"],
    ["gewoon", "gewoon"],
    ["1,5", "1,5"],
  ])("leaves plain text, numbers and empty values readable: %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ["a;b", '"a;b"'],
    ['zei "ja"', '"zei ""ja"""'],
    ['zij zei "ja"', '"zij zei ""ja"""'],
    ["regel 1\nregel 2", '"regel 1\nregel 2"'],
    ["regel 1\r\nregel 2", '"regel 1\r\nregel 2"'],
    ["a\r\nb", '"a\r\nb"'],
    [" spatie", '" spatie"'],
  ])("quotes separators, quotes, line breaks and outer spaces, doubling quotes: %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each<[CsvCell, string]>([
    ['=HYPERLINK("http://x")', "\"'=HYPERLINK(\"\"http://x\"\")\""],
    ["+31 6 1234", "'+31 6 1234"],
    ["+31 20 123", "'+31 20 123"],
    ["-2+3", "'-2+3"],
    ["-5", "'-5"],
    [-5, "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\tcmd", "'\tcmd"],
    ["\r=1", "\"'\r=1\""],
    // Only at the start.
    ["a=b", "a=b"],
  ])("neutralises cells a spreadsheet would run as a formula: %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe("csvRow, toCsv and csvChunks", () => {
  it("joins cells with ; and ends rows with CRLF", () => {
    expect(csvRow(["a", 1, null, "x;y"])).toBe('a;1;;"x;y"\r\n');
  });

  it("writes empty cells for null and undefined, and numbers and booleans as text", () => {
    expect(csvRow([null, undefined, 3, 2.5, true, ""])).toBe(";;3;2.5;true;\r\n");
  });

  it("starts a whole file with a byte order mark, separates with semicolons and ends lines with CRLF", () => {
    const csv = toCsv(["Organisatie", "KvK"], [["Zorggroep Ëlst", "12345678"]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe("\uFEFFOrganisatie;KvK\r\nZorggroep Ëlst;12345678\r\n");
  });

  it("keeps Dutch and other non-ASCII characters intact as UTF-8", () => {
    const bytes = Buffer.from(toCsv(["a"], [["coördinatie — “zorg” 🎯"]]), "utf8");
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString("utf8")).toContain("coördinatie — “zorg” 🎯");
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

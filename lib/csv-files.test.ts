import { describe, expect, it } from "vitest";
import { csvCell, csvRow, toCsv } from "./csv";

describe("CSV for Dutch Excel: whole files and cells", () => {
  it("starts with a byte order mark, separates with semicolons and ends lines with CRLF", () => {
    const csv = toCsv(["Organisatie", "KvK"], [["Zorggroep Ëlst", "12345678"]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe("\uFEFFOrganisatie;KvK\r\nZorggroep Ëlst;12345678\r\n");
  });

  it("keeps Dutch and other non-ASCII characters intact as UTF-8", () => {
    const bytes = Buffer.from(toCsv(["a"], [["coördinatie — “zorg” 🎯"]]), "utf8");
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString("utf8")).toContain("coördinatie — “zorg” 🎯");
  });

  it("quotes cells with separators, quotes, line breaks or outer spaces, doubling quotes", () => {
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell('zij zei "ja"')).toBe('"zij zei ""ja"""');
    expect(csvCell("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
    expect(csvCell("regel 1\r\nregel 2")).toBe('"regel 1\r\nregel 2"');
    expect(csvCell(" spatie")).toBe('" spatie"');
    expect(csvCell("gewoon")).toBe("gewoon");
    expect(csvCell("1,5")).toBe("1,5");
  });

  it("neutralises cells that a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("+31 20 123")).toBe("'+31 20 123");
    expect(csvCell("-5")).toBe("'-5");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("writes empty cells for null and undefined, and numbers and booleans as text", () => {
    expect(csvRow([null, undefined, 3, 2.5, true, ""])).toBe(";;3;2.5;true;\r\n");
  });
});

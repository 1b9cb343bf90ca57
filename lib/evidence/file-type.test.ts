import { describe, expect, it } from "vitest";
import { sanitizeFileName } from "./file-type";

describe("sanitizeFileName", () => {
  it("strips paths, so traversal cannot happen", () => {
    expect(sanitizeFileName("../../etc/passwd", "pdf")).toBe("passwd.pdf");
    expect(sanitizeFileName("..\\..\\Windows\\system32\\evil.exe", "pdf")).toBe("evil.pdf");
    expect(sanitizeFileName("C:\\Users\\jan\\Documenten\\Vergunning.pdf", "pdf")).toBe("Vergunning.pdf");
  });

  it("removes markup, control and direction-override characters", () => {
    expect(sanitizeFileName("<script>.pdf", "pdf")).toBe("script.pdf");
    expect(sanitizeFileName('a"b<c>d|e?f*g:h.pdf', "pdf")).toBe("abcdefgh.pdf");
    expect(sanitizeFileName("rapport\u0000\n\r\t.pdf", "pdf")).toBe("rapport.pdf");
    expect(sanitizeFileName("factuur\u202Efdp.exe", "pdf")).toBe("factuurfdp.pdf");
  });

  it("keeps Dutch accents, digits, dashes, underscores and parentheses; collapses spaces", () => {
    expect(sanitizeFileName("Vergunning Wtza – ééé.pdf", "pdf")).toBe("Vergunning Wtza ééé.pdf");
    expect(sanitizeFileName("Coördinatie   plan_2026 (versie-2).docx", "docx")).toBe("Coördinatie plan_2026 (versie-2).docx");
    // Decomposed accents (as macOS sends them) are composed, not dropped.
    expect(sanitizeFileName("Cre\u0301che.pdf", "pdf")).toBe("Créche.pdf");
  });

  it("forces the detected extension", () => {
    expect(sanitizeFileName("rapport.exe", "pdf")).toBe("rapport.pdf");
    expect(sanitizeFileName("foto.JPEG", "jpg")).toBe("foto.jpg");
    expect(sanitizeFileName("zonder extensie", "docx")).toBe("zonder extensie.docx");
    expect(sanitizeFileName("rapport.pdf.exe", "pdf")).toBe("rapport.pdf.pdf");
  });

  it("is never empty and never hidden", () => {
    expect(sanitizeFileName("", "pdf")).toBe("document.pdf");
    expect(sanitizeFileName("<>?*", "png")).toBe("document.png");
    expect(sanitizeFileName(". . .", "pdf")).toBe("document.pdf");
    expect(sanitizeFileName("../", "xlsx")).toBe("document.xlsx");
    expect(sanitizeFileName(".htaccess", "pdf")).toBe("htaccess.pdf");
    expect(sanitizeFileName("CON.pdf", "pdf")).toBe("_CON.pdf");
  });

  it("cuts very long names to 120 characters, extension included", () => {
    const long = `${"é".repeat(300)}.pdf`;
    const result = sanitizeFileName(long, "pdf");
    expect(Array.from(result).length).toBe(120);
    expect(result.endsWith("é.pdf")).toBe(true);
    expect(sanitizeFileName(`${"a".repeat(115)}     b.pdf`, "pdf")).toBe(`${"a".repeat(115)}.pdf`);
  });
});

import { describe, expect, it } from "vitest";
import { detectEvidenceType } from "./detect";
import { EVIDENCE_MIME_TYPES, MAX_EVIDENCE_BYTES } from "./file-type";

const text = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array | string)[]) => {
  const chunks = parts.map((p) => (typeof p === "string" ? text(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];

/** A tiny uncompressed ("stored") ZIP archive, hand-built: local headers, data, central directory. */
function zip(entries: Record<string, string>): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const n = text(name);
    const data = text(content);
    // signature, version, flags, method 0, time, date, crc (not checked here), sizes, name length, extra length
    const header = bytes([0x50, 0x4b, 0x03, 0x04], u16(20), u16(0), u16(0), u16(0), u16(0), u32(0), u32(data.length), u32(data.length), u16(n.length), u16(0), n, data);
    centrals.push(
      bytes([0x50, 0x4b, 0x01, 0x02], u16(20), u16(20), u16(0), u16(0), u16(0), u16(0), u32(0), u32(data.length), u32(data.length), u16(n.length), u16(0), u16(0), u16(0), u16(0), u32(0), u32(offset), n),
    );
    locals.push(header);
    offset += header.length;
  }
  const central = bytes(...centrals);
  const end = bytes([0x50, 0x4b, 0x05, 0x06], u16(0), u16(0), u16(centrals.length), u16(centrals.length), u32(central.length), u32(offset), u16(0));
  return bytes(...locals, central, end);
}

const PDF = bytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n");
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], "IHDR", new Array(17).fill(0));
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF\0", new Array(20).fill(0), [0xff, 0xd9]);
/** The part list every Office Open XML file starts with, naming its main part's content type. */
const contentTypes = (part: string, type: string) =>
  `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="${part}" ContentType="${type}.main+xml"/></Types>`;
const WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX = zip({ "[Content_Types].xml": contentTypes("/word/document.xml", WORD), "_rels/.rels": "<Relationships/>", "word/document.xml": "<w:document/>" });
const XLSX = zip({ "[Content_Types].xml": contentTypes("/xl/workbook.xml", EXCEL), "xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": "<worksheet/>" });
const OLE2_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (s: string) => Array.from(s).flatMap((c) => [c.charCodeAt(0), 0]);
const ole2 = (...streams: string[]) => bytes(OLE2_HEADER, new Array(504).fill(0), ...streams.map((s) => [...utf16(s), 0, 0]));

describe("detectEvidenceType", async () => {
  it("recognises PDF, PNG and JPEG by their magic numbers", async () => {
    expect(await detectEvidenceType(PDF, "vergunning.pdf")).toEqual({ ok: true, mime: "application/pdf", extension: "pdf" });
    expect(await detectEvidenceType(PNG, "scan.png")).toEqual({ ok: true, mime: "image/png", extension: "png" });
    expect(await detectEvidenceType(JPEG, "foto.jpeg")).toEqual({ ok: true, mime: "image/jpeg", extension: "jpg" });
  });

  it("tells .docx from .xlsx by the parts inside the ZIP, whatever the name says", async () => {
    expect(await detectEvidenceType(DOCX, "plan.docx")).toEqual({ ok: true, mime: EVIDENCE_MIME_TYPES.docx, extension: "docx" });
    expect(await detectEvidenceType(XLSX, "begroting.xlsx")).toEqual({ ok: true, mime: EVIDENCE_MIME_TYPES.xlsx, extension: "xlsx" });
    expect(await detectEvidenceType(DOCX, "plan.xlsx")).toMatchObject({ ok: true, extension: "docx" });
    expect(await detectEvidenceType(XLSX, "begroting.pdf")).toMatchObject({ ok: true, extension: "xlsx" });
  });

  it("recognises the archive from its first entry alone (a truncated upload)", async () => {
    const types = contentTypes("/word/document.xml", WORD);
    const cut = zip({ "[Content_Types].xml": types, "word/document.xml": "<w:document/>" });
    expect(await detectEvidenceType(cut.slice(0, 30 + "[Content_Types].xml".length + types.length), "x.docx")).toMatchObject({ ok: true, extension: "docx" });
  });

  it("accepts legacy .doc and .xls (OLE2), choosing by the name's extension", async () => {
    const bare = ole2();
    expect(await detectEvidenceType(bare, "Oud rapport.doc")).toEqual({ ok: true, mime: "application/msword", extension: "doc" });
    expect(await detectEvidenceType(bare, "Begroting 2019.XLS")).toEqual({ ok: true, mime: "application/vnd.ms-excel", extension: "xls" });
    expect(await detectEvidenceType(ole2("Root Entry", "WordDocument"), "zonder-extensie")).toMatchObject({ ok: true, extension: "doc" });
    expect(await detectEvidenceType(ole2("Root Entry", "Workbook"), "upload.bin")).toMatchObject({ ok: true, extension: "xls" });
    // An OLE2 file that is neither (an .msi installer, say) under a name that does not say .doc/.xls.
    expect(await detectEvidenceType(bare, "setup.pdf")).toEqual({ ok: false, reason: "type" });
  });

  it("refuses an executable renamed to .pdf, and other types", async () => {
    const refused = { ok: false, reason: "type" };
    const exe = bytes("MZ", [0x90, 0x00, 0x03, 0x00], new Array(56).fill(0), "This program cannot be run in DOS mode.");
    expect(await detectEvidenceType(exe, "factuur.pdf")).toEqual(refused);
    expect(await detectEvidenceType(bytes([0x7f], "ELF", [2, 1, 1, 0]), "rapport.docx")).toEqual(refused);
    expect(await detectEvidenceType(text("#!/bin/sh\nrm -rf /\n"), "script.pdf")).toEqual(refused);
    expect(await detectEvidenceType(text("<!DOCTYPE html><script>alert(1)</script>"), "pagina.pdf")).toEqual(refused);
    expect(await detectEvidenceType(text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), "logo.png")).toEqual(refused);
    expect(await detectEvidenceType(text('<?xml version="1.0"?><svg/>'), "logo.svg")).toEqual(refused);
    expect(await detectEvidenceType(text("   %PDF-1.7"), "leading-spaces.pdf")).toEqual(refused);
    expect(await detectEvidenceType(bytes([0x89, 0x50, 0x4e, 0x47]), "half-a-png.png")).toEqual(refused);
  });

  it("refuses ZIP archives that are not Word or Excel, and macro-enabled documents", async () => {
    const refused = { ok: false, reason: "type" };
    expect(await detectEvidenceType(zip({ "payload.exe": "MZ" }), "archief.docx")).toEqual(refused);
    expect(await detectEvidenceType(zip({ "word/document.xml": "x", "xl/workbook.xml": "y" }), "beide.docx")).toEqual(refused);
    expect(await detectEvidenceType(zip({ "word/document.xml": "x", "word/vbaProject.bin": "macro" }), "macro.docx")).toEqual(refused);
    expect(await detectEvidenceType(zip({ "xl/workbook.xml": "x", "xl/vbaProject.bin": "macro" }), "macro.xlsx")).toEqual(refused);
    // As Word and Excel write them: the main part declared macro-enabled (.docm/.xlsm).
    const docm = { "[Content_Types].xml": contentTypes("/word/document.xml", "application/vnd.ms-word.document.macroEnabled"), "word/document.xml": "x", "word/vbaProject.bin": "macro" };
    const xlsm = { "[Content_Types].xml": contentTypes("/xl/workbook.xml", "application/vnd.ms-excel.sheet.macroEnabled"), "xl/workbook.xml": "x", "xl/vbaProject.bin": "macro" };
    expect(await detectEvidenceType(zip(docm), "macro.docx")).toEqual(refused);
    expect(await detectEvidenceType(zip(xlsm), "macro.xlsx")).toEqual(refused);
  });

  it("refuses an empty file", async () => {
    expect(await detectEvidenceType(new Uint8Array(0), "leeg.pdf")).toEqual({ ok: false, reason: "type" });
  });

  it("has a 10 MB limit", async () => {
    expect(MAX_EVIDENCE_BYTES).toBe(10 * 1024 * 1024);
  });
});

/**
 * What an uploaded evidence file really is, decided from its first bytes (magic numbers), never from
 * its name or the MIME type the browser sent. Pure: used by the server before storing a file and by
 * the browser for instant feedback.
 */

/** The largest evidence file we accept: 10 MB. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export type EvidenceExtension = "pdf" | "docx" | "doc" | "xlsx" | "xls" | "png" | "jpg";

export const EVIDENCE_MIME_TYPES: Record<EvidenceExtension, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  doc: "application/msword",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xls: "application/vnd.ms-excel",
  png: "image/png",
  jpg: "image/jpeg",
};

/** For the file input's `accept` attribute: a hint to the browser's file picker, never a check. */
export const EVIDENCE_ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.png,.jpg,.jpeg";

export type DetectedType = { ok: true; mime: string; extension: EvidenceExtension } | { ok: false; reason: "type" };

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const ZIP_CENTRAL = [0x50, 0x4b, 0x01, 0x02]; // PK\1\2
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((b, i) => bytes[at + i] === b);
}

function found(extension: EvidenceExtension): DetectedType {
  return { ok: true, mime: EVIDENCE_MIME_TYPES[extension], extension };
}

const REFUSED: DetectedType = { ok: false, reason: "type" };

function readUint16LE(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function ascii(bytes: Uint8Array, from: number, length: number): string {
  let s = "";
  for (let i = from; i < from + length && i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/**
 * The entry names of a ZIP archive, read from every local file header (name at offset 30) and
 * central directory header (name at offset 46) found in the bytes.
 */
function zipEntryNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  for (let i = 0; i + 30 <= bytes.length; i++) {
    if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b) continue;
    if (startsWith(bytes, ZIP_LOCAL, i)) {
      names.push(ascii(bytes, i + 30, readUint16LE(bytes, i + 26)));
    } else if (startsWith(bytes, ZIP_CENTRAL, i) && i + 46 <= bytes.length) {
      names.push(ascii(bytes, i + 46, readUint16LE(bytes, i + 28)));
    }
  }
  return names;
}

function detectOfficeOpenXml(bytes: Uint8Array): DetectedType {
  const names = zipEntryNames(bytes);
  // Macro-enabled documents (.docm/.xlsm) carry a VBA project: refused.
  if (names.some((n) => n.toLowerCase().endsWith("vbaproject.bin"))) return REFUSED;
  const word = names.some((n) => n.startsWith("word/"));
  const excel = names.some((n) => n.startsWith("xl/"));
  if (word && !excel) return found("docx");
  if (excel && !word) return found("xlsx");
  return REFUSED; // a plain ZIP, or one that claims to be both
}

/** True when the UTF-16LE form of `name` occurs in the bytes (an OLE2 directory entry's name). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const pattern = Array.from(name).flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).trim().toLowerCase() : "";
}

/** Legacy Word and Excel are both OLE2 compound files: the name's extension chooses between them. */
function detectOle2(bytes: Uint8Array, fileName: string): DetectedType {
  const ext = extensionOf(fileName);
  if (ext === "doc") return found("doc");
  if (ext === "xls") return found("xls");
  // No telling extension: look for the stream that makes it a Word or an Excel file.
  if (hasUtf16Name(bytes, "WordDocument")) return found("doc");
  if (hasUtf16Name(bytes, "Workbook") || hasUtf16Name(bytes, "Book")) return found("xls");
  return REFUSED;
}

/**
 * The real type of an upload: PDF, Word (.docx/.doc), Excel (.xlsx/.xls), PNG or JPEG. Everything
 * else (executables, scripts, HTML, SVG, other archives, empty files) is refused.
 */
export function detectEvidenceType(bytes: Uint8Array, fileName: string): DetectedType {
  if (bytes.length === 0) return REFUSED;
  if (startsWith(bytes, PDF)) return found("pdf");
  if (startsWith(bytes, PNG)) return found("png");
  if (startsWith(bytes, JPEG)) return found("jpg");
  if (startsWith(bytes, ZIP_LOCAL)) return detectOfficeOpenXml(bytes);
  if (startsWith(bytes, OLE2)) return detectOle2(bytes, fileName);
  return REFUSED;
}

const MAX_NAME_LENGTH = 120;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name safe to store and to offer for download: no path, no control or formatting characters
 * (such as right-to-left overrides), only letters (accented ones too), digits, space, dot, dash,
 * underscore and parentheses; spaces collapsed; at most 120 characters; always ending in the
 * detected extension; never empty.
 */
export function sanitizeFileName(name: string, extension: string): string {
  const ext = extension.toLowerCase().replace(/[^a-z0-9]/g, "") || "bin";
  const baseName = (name.normalize("NFC").split(/[\\/]/).pop() ?? "")
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "")
    .replace(/[^\p{L}\p{M}\p{N} ._\-()]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  const dot = baseName.lastIndexOf(".");
  let stem = dot > 0 ? baseName.slice(0, dot) : baseName;
  // No hidden files, no leading dashes, no trailing dots or spaces (Windows drops them).
  stem = stem.replace(/^[\s.\-]+/, "").replace(/[\s.]+$/, "");
  const room = MAX_NAME_LENGTH - ext.length - 1;
  const chars = Array.from(stem); // by code point, so a letter is never cut in half
  if (chars.length > room) stem = chars.slice(0, room).join("").replace(/[\s.]+$/, "");
  if (!stem) stem = "document";
  if (WINDOWS_RESERVED.test(stem)) stem = `_${stem}`;
  return `${stem}.${ext}`;
}

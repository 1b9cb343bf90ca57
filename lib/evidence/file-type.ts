/**
 * What an uploaded evidence file really is, decided from its content (magic numbers, the parts inside
 * an Office archive), never from its name or the MIME type the browser sent.
 */
import { fileTypeFromBuffer } from "file-type";

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

/** file-type's answers that are evidence; everything else it recognises (or not) is refused. */
const ACCEPTED: Readonly<Record<string, EvidenceExtension>> = { pdf: "pdf", png: "png", jpg: "jpg", docx: "docx", xlsx: "xlsx" };

function found(extension: EvidenceExtension): DetectedType {
  return { ok: true, mime: EVIDENCE_MIME_TYPES[extension], extension };
}

const REFUSED: DetectedType = { ok: false, reason: "type" };

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

/**
 * Legacy Word and Excel are both OLE2 compound files, which file-type reports as "cfb" without
 * telling them apart: the name's extension chooses, else the stream that makes it Word or Excel.
 */
function detectOle2(bytes: Uint8Array, fileName: string): DetectedType {
  const ext = extensionOf(fileName);
  if (ext === "doc") return found("doc");
  if (ext === "xls") return found("xls");
  if (hasUtf16Name(bytes, "WordDocument")) return found("doc");
  if (hasUtf16Name(bytes, "Workbook") || hasUtf16Name(bytes, "Book")) return found("xls");
  return REFUSED;
}

/**
 * The real type of an upload, by `file-type`: PDF, Word (.docx/.doc), Excel (.xlsx/.xls), PNG or
 * JPEG. Everything else (executables, scripts, HTML, SVG, plain or macro-enabled Office archives
 * (.docm/.xlsm), other archives, empty files) is refused.
 */
export async function detectEvidenceType(bytes: Uint8Array, fileName: string): Promise<DetectedType> {
  if (bytes.length === 0) return REFUSED;
  const type = await fileTypeFromBuffer(bytes);
  if (type?.ext === "cfb") return detectOle2(bytes, fileName);
  const extension = type && ACCEPTED[type.ext];
  return extension ? found(extension) : REFUSED;
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

/**
 * What an uploaded evidence file really is, decided from its content (magic numbers, the parts inside
 * an Office archive) by `file-type`, never from its name or the MIME type the browser sent. Used by
 * the server before storing a file, and loaded on demand by the browser for instant feedback.
 */
import { fileTypeFromBuffer } from "file-type";
import { EVIDENCE_MIME_TYPES, type DetectedType, type EvidenceExtension } from "./file-type";

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

/** The evidence files we accept, and safe names for them; `./detect` decides what an upload really is. */

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

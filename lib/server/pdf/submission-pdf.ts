import "server-only";
/**
 * A submission as a PDF for the board to sign: organisation and questionnaire, the visible answers,
 * the checklist in the panel's order, the procedure dates, the evidence files and a signature block.
 *
 * Drawn with pdfkit's built-in Helvetica (no font files, no network). That font speaks WinAnsi, which
 * covers Dutch (ë, é, ï, ...) but not e.g. "≥" or emoji, so every string passes `toWinAnsi` first.
 * The caller hands in text already localised (labels, answers, dates); the fixed wording of the
 * document itself comes from the message files (`pdf.*` and the labels the web pages share).
 */
import PDFDocument from "pdfkit";
import { CHECKLIST_GROUPS, type ChecklistGroup } from "@/lib/checklist/engine";
import { todayInNL } from "@/lib/dates";
import { translatorFor } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locale";
import { formatDate, formatNumber } from "@/lib/questionnaire/format-answer";
import type { Actor, LegalClass } from "@/lib/questionnaire/schema";
import type { SubmissionStatus } from "@/lib/review/workflow";

export interface PdfTimelineDate {
  /** The date in words at its precision, e.g. "medio augustus 2025". */
  when: string;
  event: string;
  actor: Actor;
  approximate: boolean;
}

export interface SubmissionPdfData {
  locale: Locale;
  organisation: { name: string; kvkNumber: string; agbCode: string | null; region: string };
  careTypeName: string;
  questionnaire: { title: string; insurer: string; policyPeriod: string; versionNumber: number };
  status: SubmissionStatus;
  submittedAt: Date | null;
  generatedAt: Date;
  /** Visible sections with their visible questions, answers already in words. */
  sections: { title: string; questions: { label: string; answer: string; answered: boolean }[] }[];
  /** In any order: the document groups them as the checklist panel does. */
  /** `counted` false for a summary condition whose shortfall is counted in what it sums up. */
  conditions: { group: ChecklistGroup; legalClass: LegalClass; counted: boolean; text: string; reason: string; source: string; audience?: string }[];
  timeline: { past: PdfTimelineDate[]; upcoming: PdfTimelineDate[] };
  files: { name: string; size: number; uploadedBy: string; uploadedAt: Date; question?: string }[];
}

// ---------------------------------------------------------------------------------------------
// WinAnsi: what Helvetica without an embedded font can show.
// ---------------------------------------------------------------------------------------------

/** The characters of WinAnsiEncoding's 0x80–0x9F block; 0x20–0x7E and 0xA0–0xFF are Latin-1. */
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

const REPLACEMENTS: Record<string, string> = {
  "≥": ">=",
  "≤": "<=",
  "≠": "!=",
  "≈": "~",
  "→": "->",
  "←": "<-",
  "↔": "<->",
  "⇒": "=>",
  "⇐": "<=",
  "−": "-",
  "‐": "-",
  "‑": "-",
  "‒": "-",
  "―": "—",
  "′": "'",
  "″": '"',
  "‛": "'",
  "‟": '"',
  "✓": "v",
  "✔": "v",
  "✗": "x",
  "✘": "x",
  "☐": "[ ]",
  "☑": "[x]",
  "☒": "[x]",
  "∙": "·",
  "⋅": "·",
  "◦": "•",
  "▪": "•",
  "●": "•",
  "‧": "·",
  "\u2009": " ",
  "\u200A": " ",
  "\u202F": " ",
  "\u2007": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u200B": "",
  "\u200C": "",
  "\u200D": "",
  "\u2060": "",
  "\uFEFF": "",
  "\uFE0F": "",
  "\u00AD": "",
  "ł": "l",
  "Ł": "L",
  "đ": "d",
  "Đ": "D",
  "ı": "i",
  "ħ": "h",
};

function inWinAnsi(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return ch === "\n" || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WIN_ANSI_EXTRA.has(ch);
}

/**
 * Text that Helvetica can draw: known symbols become ASCII equivalents ("≥" → ">="), accented
 * letters outside Latin-1 lose their accent ("ő" → "o"), emoji and other symbols are dropped, any
 * other unknown character becomes "?". Line breaks are kept; tabs become spaces.
 */
export function toWinAnsi(text: string): string {
  const source = text.replace(/\r\n?/g, "\n").replace(/\t/g, "    ");
  let out = "";
  /** Something was left out since the last character written. */
  let dropped = false;
  const write = (piece: string) => {
    if (!piece) return;
    // A dropped emoji between two spaces should not leave a double space behind.
    if (dropped && piece.startsWith(" ") && out.endsWith(" ")) piece = piece.slice(1);
    out += piece;
    dropped = false;
  };
  for (const ch of source) {
    if (inWinAnsi(ch)) {
      write(ch);
      continue;
    }
    const replacement = REPLACEMENTS[ch];
    if (replacement !== undefined) {
      write(replacement);
      continue;
    }
    const base = ch.normalize("NFKD").replace(/\p{M}/gu, "");
    if (base && [...base].every(inWinAnsi)) {
      write(base);
      continue;
    }
    // Emoji, pictographs, other symbols, marks and control characters: leave them out.
    if (/[\p{Extended_Pictographic}\p{So}\p{Sk}\p{C}\p{M}]/u.test(ch)) {
      dropped = true;
      continue;
    }
    write("?");
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------------------------

/** An empty particular, in any language. */
const NONE = "—";
const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";
const ITALIC = "Helvetica-Oblique";
const MARGIN = { top: 70, bottom: 64, left: 56, right: 56 };
const COLORS = {
  text: "#111827",
  muted: "#4b5563",
  light: "#9ca3af",
  rule: "#d1d5db",
  brand: "#1e3a8a",
  groups: {
    unmetContract: "#b91c1c",
    unmetPayment: "#c2410c",
    refused: "#b91c1c",
    evidenceMissing: "#b45309",
    awaitingDecision: "#6d28d9",
    unanswered: "#4b5563",
    adviceNotMet: "#1d4ed8",
    met: "#15803d",
    notApplicable: "#6b7280",
  } satisfies Record<ChecklistGroup, string>,
};

function fileSize(bytes: number, locale: Locale): string {
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${formatNumber(Math.round(kb * 10) / 10, locale)} kB`;
  return `${formatNumber(Math.round((kb / 1024) * 10) / 10, locale)} MB`;
}

/** A calendar date in the Netherlands, in words: "1 mei 2025". */
const dayInWords = (d: Date, locale: Locale) => formatDate(todayInNL(d), locale);

export async function renderSubmissionPdf(data: SubmissionPdfData): Promise<Buffer> {
  const t = translatorFor(data.locale);
  const docTitle = t("pdf.docTitle");
  const groupName = (group: ChecklistGroup) => t(`checklist.groups.${group}`);
  const actorName: Record<Actor, string> = {
    provider: t("timeline.yourAction"),
    insurer: t("timeline.insurerAction"),
    both: t("timeline.bothAction"),
  };
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: toWinAnsi(`${docTitle} — ${data.careTypeName} — ${data.organisation.name}`),
      Author: toWinAnsi(data.organisation.name),
      Subject: toWinAnsi(data.questionnaire.title),
      Creator: "Zorginkoop zelfevaluatie",
      CreationDate: data.generatedAt,
    },
    lang: data.locale === "nl" ? "nl-NL" : "en-GB",
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const left = MARGIN.left;
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const bottom = () => doc.page.height - MARGIN.bottom;
  const s = toWinAnsi;

  /** Starts a new page when less than `height` points are left. */
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  const heading = (text: string) => {
    ensure(60);
    doc.moveDown(0.8);
    doc.font(BOLD).fontSize(14).fillColor(COLORS.brand).text(s(text), left, doc.y, { width });
    const y = doc.y + 2;
    doc.moveTo(left, y).lineTo(left + width, y).lineWidth(0.7).strokeColor(COLORS.brand).stroke();
    doc.y = y + 8;
    doc.fillColor(COLORS.text);
  };

  const subheading = (text: string, color: string = COLORS.text) => {
    ensure(40);
    doc.moveDown(0.4);
    doc.font(BOLD).fontSize(11).fillColor(color).text(s(text), left, doc.y, { width });
    doc.moveDown(0.2);
    doc.fillColor(COLORS.text);
  };

  // ---- Title and particulars -------------------------------------------------------------
  doc.font(BOLD).fontSize(20).fillColor(COLORS.brand).text(s(docTitle), left, MARGIN.top, { width });
  doc.moveDown(0.2);
  doc.font(FONT).fontSize(12).fillColor(COLORS.text).text(s(`${data.careTypeName} — ${data.questionnaire.title}`), { width });
  doc.moveDown(0.8);

  const particulars: [string, string][] = [
    [t("pdf.organisation"), data.organisation.name],
    [t("pdf.kvk"), data.organisation.kvkNumber],
    [t("pdf.agb"), data.organisation.agbCode || NONE],
    [t("pdf.region"), data.organisation.region],
    [t("pdf.careType"), data.careTypeName],
    [t("pdf.questionnaire"), data.questionnaire.title],
    [t("pdf.insurer"), data.questionnaire.insurer],
    [t("pdf.policyPeriod"), data.questionnaire.policyPeriod],
    [t("pdf.version"), String(data.questionnaire.versionNumber)],
    [t("pdf.status"), t(`status.${data.status}`)],
    [t("pdf.submittedAt"), data.submittedAt ? dayInWords(data.submittedAt, data.locale) : t("pdf.notSubmitted")],
    [t("pdf.generatedAt"), dayInWords(data.generatedAt, data.locale)],
  ];
  const keyWidth = 170;
  for (const [key, value] of particulars) {
    const y = doc.y;
    doc.font(FONT).fontSize(10).fillColor(COLORS.muted).text(s(key), left, y, { width: keyWidth - 10 });
    const afterKey = doc.y;
    doc.font(BOLD).fillColor(COLORS.text).text(s(value), left + keyWidth, y, { width: width - keyWidth });
    doc.y = Math.max(afterKey, doc.y) + 3;
  }

  // ---- Summary ----------------------------------------------------------------------------
  const counts = Object.fromEntries(CHECKLIST_GROUPS.map((g) => [g, 0])) as Record<ChecklistGroup, number>;
  for (const c of data.conditions) if (c.counted) counts[c.group] += 1;
  heading(t("pdf.summary"));
  for (const group of CHECKLIST_GROUPS) {
    const y = doc.y;
    doc.rect(left, y + 2, 8, 8).fill(COLORS.groups[group]);
    doc.font(FONT).fontSize(10).fillColor(COLORS.text).text(s(groupName(group)), left + 16, y, { width: 300 });
    doc.font(BOLD).text(String(counts[group]), left + 320, y, { width: 40, align: "right" });
    doc.y = Math.max(doc.y, y + 14);
  }

  // ---- Answers ----------------------------------------------------------------------------
  heading(t("pdf.answers"));
  for (const section of data.sections) {
    subheading(section.title);
    for (const q of section.questions) {
      doc.font(BOLD).fontSize(9.5);
      const labelHeight = doc.heightOfString(s(q.label), { width });
      ensure(labelHeight + 16);
      doc.fillColor(COLORS.muted).text(s(q.label), left, doc.y, { width });
      doc
        .font(q.answered ? FONT : ITALIC)
        .fontSize(10)
        .fillColor(q.answered ? COLORS.text : COLORS.light)
        .text(s(q.answer), left + 12, doc.y + 1, { width: width - 12 });
      doc.moveDown(0.5);
    }
  }

  // ---- Checklist --------------------------------------------------------------------------
  heading(t("checklist.title"));
  for (const group of CHECKLIST_GROUPS) {
    const items = data.conditions.filter((c) => c.group === group);
    if (!items.length) continue;
    subheading(`${groupName(group)} (${items.length})`, COLORS.groups[group]);
    for (const c of items) {
      const meta = [groupName(group), t(`legalClasses.${c.legalClass}`), c.audience, `${t("checklist.source")}: ${c.source}`].filter(Boolean).join(" · ");
      doc.font(BOLD).fontSize(10);
      ensure(doc.heightOfString(s(c.text), { width: width - 14 }) + 30);
      const y = doc.y;
      doc.rect(left, y + 3, 6, 6).fill(COLORS.groups[group]);
      doc.fillColor(COLORS.text).text(s(c.text), left + 14, y, { width: width - 14 });
      doc.font(FONT).fontSize(8.5).fillColor(COLORS.muted).text(s(meta), left + 14, doc.y + 1, { width: width - 14 });
      if (c.reason && group !== "met") {
        doc.font(ITALIC).fontSize(9).fillColor(COLORS.muted).text(s(c.reason), left + 14, doc.y + 1, { width: width - 14 });
      }
      doc.moveDown(0.5);
    }
  }

  // ---- Procedure dates --------------------------------------------------------------------
  heading(t("timeline.title"));
  const dateColumn = 160;
  const dates = (title: string, list: PdfTimelineDate[]) => {
    if (!list.length) return;
    subheading(title);
    for (const d of list) {
      doc.font(FONT).fontSize(10);
      ensure(Math.max(doc.heightOfString(s(d.event), { width: width - dateColumn }), 12) + 14);
      const y = doc.y;
      doc.font(BOLD).fillColor(COLORS.text).text(s(d.when), left, y, { width: dateColumn - 10 });
      if (d.approximate) {
        doc.font(FONT).fontSize(8.5).fillColor(COLORS.muted).text(s(`(${t("timeline.approximate")})`), left, doc.y + 1, { width: dateColumn - 10 });
        doc.fontSize(10).fillColor(COLORS.text);
      }
      const afterWhen = doc.y;
      doc.font(FONT).text(s(d.event), left + dateColumn, y, { width: width - dateColumn });
      doc
        .font(d.actor === "provider" ? BOLD : FONT)
        .fontSize(8.5)
        .fillColor(d.actor === "provider" ? COLORS.groups.evidenceMissing : COLORS.muted)
        .text(s(actorName[d.actor]), left + dateColumn, doc.y + 1, { width: width - dateColumn });
      doc.y = Math.max(afterWhen, doc.y) + 5;
      doc.fillColor(COLORS.text);
    }
  };
  if (!data.timeline.past.length && !data.timeline.upcoming.length) {
    doc.font(FONT).fontSize(10).text(s(t("timeline.none")), left, doc.y, { width });
  }
  // In time order, as on the web page: what has passed, then what is still to come.
  dates(t("timeline.past"), data.timeline.past);
  dates(t("timeline.upcoming"), data.timeline.upcoming);

  // ---- Evidence files ---------------------------------------------------------------------
  heading(t("pdf.files"));
  if (!data.files.length) {
    doc.font(ITALIC).fontSize(10).fillColor(COLORS.muted).text(s(t("pdf.noFiles")), left, doc.y, { width });
  } else {
    const cols = [
      { x: left, w: width - 230 },
      { x: left + width - 225, w: 65 },
      { x: left + width - 155, w: 155 },
    ];
    const row = (cells: string[], font: string, color: string) => {
      doc.font(font).fontSize(9.5);
      const h = Math.max(...cells.map((c, i) => doc.heightOfString(s(c), { width: cols[i]!.w })));
      ensure(h + 6);
      const y = doc.y;
      cells.forEach((c, i) => doc.fillColor(color).text(s(c), cols[i]!.x, y, { width: cols[i]!.w, align: i === 1 ? "right" : "left" }));
      doc.y = y + h + 4;
    };
    row([t("pdf.fileName"), t("pdf.fileSize"), t("pdf.uploadedBy")], BOLD, COLORS.muted);
    for (const f of data.files) {
      row(
        [f.question ? `${f.name}\n${f.question}` : f.name, fileSize(f.size, data.locale), `${f.uploadedBy}, ${dayInWords(f.uploadedAt, data.locale)}`],
        FONT,
        COLORS.text,
      );
    }
  }

  // ---- Signature block: kept together on one page ----------------------------------------
  ensure(250);
  heading(t("print.signature"));
  doc.font(FONT).fontSize(10).fillColor(COLORS.text).text(s(t("pdf.declaration", { organisation: data.organisation.name })), left, doc.y, { width });
  doc.moveDown(1.5);
  const line = (label: string, height: number) => {
    const y = doc.y + height;
    doc.font(FONT).fontSize(10).fillColor(COLORS.muted).text(s(label), left, y - 12, { width: 160 });
    doc.moveTo(left + 170, y).lineTo(left + width, y).lineWidth(0.7).strokeColor(COLORS.text).stroke();
    doc.y = y + 14;
  };
  line(t("print.signName"), 14);
  line(t("print.signRole"), 14);
  line(t("print.signDate"), 14);
  line(t("print.signSignature"), 56);

  // ---- Header and footer on every page ----------------------------------------------------
  const range = doc.bufferedPageRange();
  const headerText = s(`${data.organisation.name} — ${data.careTypeName}`);
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing in the margins must not start new pages.
    const savedMargins = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    doc.font(FONT).fontSize(8.5).fillColor(COLORS.muted);
    doc.text(headerText, left, 32, { width: width * 0.62, lineBreak: false, ellipsis: true });
    doc.text(s(docTitle), left + width * 0.62, 32, { width: width * 0.38, align: "right", lineBreak: false, ellipsis: true });
    doc.moveTo(left, 46).lineTo(left + width, 46).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    const footY = doc.page.height - 40;
    doc.moveTo(left, footY - 8).lineTo(left + width, footY - 8).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    doc.text(s(`${data.organisation.name} · KvK ${data.organisation.kvkNumber}`), left, footY, {
      width: width - 110,
      lineBreak: false,
      ellipsis: true,
    });
    doc.text(s(t("pdf.page", { page: i - range.start + 1, pages: range.count })), left + width - 110, footY, { width: 110, align: "right", lineBreak: false });
    doc.page.margins = savedMargins;
  }

  doc.end();
  return done;
}

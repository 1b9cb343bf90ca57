/**
 * The officers' CSV exports: the filtered queue (one row per submission) and the answers of chosen
 * submissions (one row per submission and visible question), in the user's language. Pure.
 */
import { evaluateChecklist, type EvaluationMoment } from "../checklist/engine";
import { clockInNL } from "../dates";
import type { Locale } from "../i18n/locale";
import { formatAnswer, formatDate } from "../questionnaire/format-answer";
import type { Answers, LocalizedText, QuestionnaireDefinition } from "../questionnaire/schema";
import { regionName } from "../regions";
import { toCsv } from "../csv";
import type { OfficerStatus, Verdict } from "./workflow";

/** One submission as the queue lists it. */
export interface QueueRow {
  id: string;
  organisation: { name: string; kvkNumber: string; agbCode: string | null; region: string };
  careType: { key: string; name: LocalizedText };
  versionNumber: number;
  status: OfficerStatus;
  revision: number;
  submittedAt: Date | null;
  /** Unmet contract conditions (inkoopvoorwaarden), apart from payment conditions and advice. */
  unmetHard: number;
  unmetPayment: number;
  adviceNotMet: number;
  awaitingDecision: number;
  evidenceMissing: number;
  answeredRequired: number;
  requiredVisible: number;
  /** YYYY-MM-DD */
  nextDeadline: string | null;
}

/** Translated words the exports need: column headers, statuses and verdicts. */
export interface CsvLabels {
  columns: Record<QueueColumn | AnswerColumn, string>;
  status: Record<OfficerStatus, string>;
  verdict: Record<Verdict, string>;
}

export const QUEUE_COLUMNS = [
  "organisation",
  "kvkNumber",
  "agbCode",
  "region",
  "careType",
  "version",
  "status",
  "submittedAt",
  "unmetHard",
  "unmetPayment",
  "adviceNotMet",
  "awaitingDecision",
  "evidenceMissing",
  "answeredRequired",
  "nextDeadline",
  "id",
] as const;
type QueueColumn = (typeof QUEUE_COLUMNS)[number];

export const ANSWER_COLUMNS = ["organisation", "kvkNumber", "careType", "status", "section", "questionKey", "question", "answer", "verdict", "comment", "id"] as const;
type AnswerColumn = (typeof ANSWER_COLUMNS)[number];

/** "2026-05-01 14:05" in Dutch time: sortable, and Excel reads it as a date. */
export function dateTimeNL(date: Date): string {
  const { date: day, time } = clockInNL(date);
  return `${day} ${time}`;
}

export function queueCsv(rows: Iterable<QueueRow>, labels: CsvLabels, locale: Locale): string {
  const lines = function* () {
    for (const r of rows) {
      yield [
        r.organisation.name,
        r.organisation.kvkNumber,
        r.organisation.agbCode,
        regionName(r.organisation.region),
        r.careType.name[locale],
        r.versionNumber,
        labels.status[r.status],
        r.submittedAt && dateTimeNL(r.submittedAt),
        r.unmetHard,
        r.unmetPayment,
        r.adviceNotMet,
        r.awaitingDecision,
        r.evidenceMissing,
        `${r.answeredRequired}/${r.requiredVisible}`,
        r.nextDeadline && formatDate(r.nextDeadline, locale),
        r.id,
      ];
    }
  };
  return toCsv(
    QUEUE_COLUMNS.map((c) => labels.columns[c]),
    lines(),
  );
}

/** One submission's answers for the answers export. */
export interface AnswersExportItem {
  row: QueueRow;
  definition: QuestionnaireDefinition;
  /** As the engine sees them: file questions hold the ids of their uploads. */
  answers: Answers;
  fileNames: Readonly<Record<string, string>>;
  /** The latest review of each answer. */
  reviews: Readonly<Record<string, { verdict: Verdict | null; comment: string }>>;
  /** When the checklist is evaluated: as at submission (see lib/checklist/reference.ts). */
  moment: EvaluationMoment;
}

export function answersCsv(items: Iterable<AnswersExportItem>, labels: CsvLabels, locale: Locale): string {
  const lines = function* () {
    for (const item of items) {
      const { row, definition: def, answers } = item;
      const visible = new Set(evaluateChecklist(def, answers, item.moment).visibleQuestions);
      for (const section of def.sections) {
        for (const q of section.questions) {
          if (!visible.has(q.key)) continue;
          const review = item.reviews[q.key];
          yield [
            row.organisation.name,
            row.organisation.kvkNumber,
            row.careType.name[locale],
            labels.status[row.status],
            section.title[locale],
            q.key,
            q.label[locale],
            formatAnswer(q, answers[q.key], locale, { fileNames: item.fileNames }),
            review?.verdict ? labels.verdict[review.verdict] : "",
            review?.comment ?? "",
            row.id,
          ];
        }
      }
    }
  };
  return toCsv(
    ANSWER_COLUMNS.map((c) => labels.columns[c]),
    lines(),
  );
}

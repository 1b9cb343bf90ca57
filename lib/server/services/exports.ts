import "server-only";
/**
 * Exports of one submission: the PDF for the board's signature and the procedure dates as a
 * calendar file. Both start from `submissionExportData`, which enforces who may read the submission.
 */
import { evaluateChecklist, groupOf, sortForPanel } from "@/lib/checklist/engine";
import { submissionMoment } from "@/lib/checklist/reference";
import { buildIcs } from "@/lib/procedure/ics";
import type { TimelineEntry } from "@/lib/procedure/timeline";
import type { Locale } from "@/lib/i18n/locale";
import { renderMessages } from "@/lib/i18n/message";
import { translatorFor } from "@/lib/i18n/translator";
import { formatAnswer, formatWhen } from "@/lib/questionnaire/format-answer";
import type { SourceRef } from "@/lib/questionnaire/schema";
import { regionName } from "@/lib/regions";
import type { CurrentUser } from "../auth/session";
import type { SubmissionPdfData, PdfTimelineDate } from "../pdf/submission-pdf";
import { loadDefinition } from "./questionnaires";
import { engineAnswers, findSubmissionFor, loadAnswers, loadPurchaserDecisions } from "./submissions";

/** Everything both exports need; AppError notFound when this user may not read the submission. */
export async function submissionExportData(user: CurrentUser, submissionId: string, now: Date = new Date()) {
  const submission = await findSubmissionFor(user, submissionId);
  const [def, { stored, files }, decisions] = await Promise.all([
    loadDefinition(submission.versionId),
    loadAnswers(submission.id),
    loadPurchaserDecisions(submission.id),
  ]);
  const answers = engineAnswers(stored, files);
  const checklist = evaluateChecklist(def, answers, submissionMoment(def, submission, now), decisions);
  return { submission, def, answers, files, checklist, now };
}

export type SubmissionExportData = Awaited<ReturnType<typeof submissionExportData>>;

const sourceText = (source: SourceRef) => (source.page ? `${source.section}, p. ${source.page}` : source.section);

/** The applicable procedure dates, past and upcoming, in date order. */
export function applicableDates(data: SubmissionExportData): TimelineEntry[] {
  return [...data.checklist.timeline.past, ...data.checklist.timeline.upcoming];
}

/** The PDF's content in the given language. */
export function submissionPdfData(data: SubmissionExportData, locale: Locale): SubmissionPdfData {
  const { submission, def, answers, files, checklist } = data;
  const t = translatorFor(locale);
  const visibleSections = new Set(checklist.visibleSections);
  const visibleQuestions = new Set(checklist.visibleQuestions);
  const fileNames = Object.fromEntries(files.map((f) => [f.id, f.fileName]));
  const questionLabel = new Map(def.sections.flatMap((s) => s.questions).map((q) => [q.key, q.label[locale]]));
  const date = (e: TimelineEntry): PdfTimelineDate => ({
    when: formatWhen(e.date.when, locale),
    event: e.date.event[locale],
    actor: e.date.actor,
    approximate: e.approximate,
  });
  return {
    locale,
    organisation: {
      name: submission.organisation.name,
      kvkNumber: submission.organisation.kvkNumber,
      agbCode: submission.organisation.agbCode,
      region: regionName(submission.organisation.region),
    },
    careTypeName: def.careType.name[locale],
    questionnaire: {
      title: def.title[locale],
      insurer: def.insurer,
      policyPeriod: def.policyPeriod,
      versionNumber: submission.version.number,
    },
    status: submission.status,
    submittedAt: submission.submittedAt,
    generatedAt: data.now,
    sections: def.sections
      .filter((s) => visibleSections.has(s.key))
      .map((s) => ({
        title: s.title[locale],
        questions: s.questions
          .filter((q) => visibleQuestions.has(q.key))
          .map((q) => {
            const answer = formatAnswer(q, answers[q.key], locale, { fileNames });
            return { label: q.label[locale], answer, answered: answer !== formatAnswer(q, null, locale) };
          }),
      }))
      .filter((s) => s.questions.length > 0),
    conditions: sortForPanel(checklist.conditions).map((r) => ({
      group: groupOf(r.status, r.condition.legalClass),
      legalClass: r.condition.legalClass,
      counted: r.counted,
      text: r.condition.text[locale],
      reason: renderMessages(r.reasons, t, locale),
      source: sourceText(r.condition.source),
      audience: r.condition.audience?.[locale],
    })),
    timeline: { past: checklist.timeline.past.map(date), upcoming: checklist.timeline.upcoming.map(date) },
    files: files.map((f) => ({
      name: f.fileName,
      size: f.size,
      uploadedBy: f.uploadedBy.name,
      uploadedAt: f.createdAt,
      question: questionLabel.get(f.questionKey),
    })),
  };
}

export function pdfFileName(data: SubmissionExportData): string {
  return `aanvraag-${data.def.careType.key}-${data.submission.organisation.kvkNumber}.pdf`;
}

/** The procedure dates that apply to this submission as a calendar file. */
export function submissionIcs(data: SubmissionExportData, locale: Locale, host: string): string {
  const t = translatorFor(locale);
  return buildIcs({
    calendarName: t("calendar.name", { careType: data.def.careType.name[locale], organisation: data.submission.organisation.name }),
    entries: applicableDates(data),
    locale,
    t,
    // Stable per submission, so importing a newer download updates the events rather than duplicating them.
    uidDomain: `${data.submission.id}.${host}`,
    now: data.now,
  });
}

export function icsFileName(data: SubmissionExportData): string {
  return `procedure-${data.def.careType.key}.ics`;
}

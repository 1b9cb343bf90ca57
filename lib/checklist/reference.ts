/**
 * The reference date of a checklist: the moment of enrolment that time-dependent rules ("niet ouder
 * dan zes maanden op het moment van inschrijving") count back from. The same answers must give the
 * same verdict whenever someone looks, so it is never simply "today".
 */
import { todayInNL } from "../dates";
import { dateRange } from "../procedure/timeline";
import type { QuestionnaireDefinition } from "../questionnaire/schema";
import { isEditable, type SubmissionStatus } from "../review/workflow";

/** The last day of the answer window, when the questionnaire names the procedure date that closes it. */
export function answerWindowClose(def: Pick<QuestionnaireDefinition, "procedureDates" | "answerWindowCloses">): string | null {
  const closing = def.procedureDates.find((d) => d.key === def.answerWindowCloses);
  return closing ? dateRange(closing.when).end : null;
}

/**
 * The moment of enrolment as a Dutch calendar day: the submission time of a submitted form; for a
 * draft now, but never later than the close of its answer window.
 */
export function enrolmentDate(
  def: Pick<QuestionnaireDefinition, "procedureDates" | "answerWindowCloses">,
  at: { submittedAt?: Date | null; now: Date },
): string {
  if (at.submittedAt) return todayInNL(at.submittedAt);
  const now = todayInNL(at.now);
  const close = answerWindowClose(def);
  return close !== null && close < now ? close : now;
}

/**
 * When to evaluate: the moment of enrolment for time-dependent rules, today for the timeline.
 * `submittedAt` only for a form that is submitted now (not one sent back for changes).
 */
export function evaluationMoment(
  def: Pick<QuestionnaireDefinition, "procedureDates" | "answerWindowCloses">,
  at: { submittedAt?: Date | null; now: Date },
): { enrolment: string; today: string } {
  return { enrolment: enrolmentDate(def, at), today: todayInNL(at.now) };
}

/** The moment for a stored submission: as at its submission while it is with the officer, else as a draft. */
export function submissionMoment(
  def: Pick<QuestionnaireDefinition, "procedureDates" | "answerWindowCloses">,
  submission: { status: SubmissionStatus; submittedAt: Date | null },
  now: Date = new Date(),
): { enrolment: string; today: string } {
  return evaluationMoment(def, { submittedAt: isEditable(submission.status) ? null : submission.submittedAt, now });
}

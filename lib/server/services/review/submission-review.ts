import "server-only";
/** One submission as the officer reviews it, and the decision its provider sees. */
import type { Prisma } from "@/lib/generated/prisma/client";
import { evaluateChecklist, type ConditionStatus } from "@/lib/checklist/engine";
import { evaluationMoment, submissionMoment } from "@/lib/checklist/reference";
import { changedAnswers, type AnswerMap } from "@/lib/review/changes";
import { DECIDED_STATUSES, openChangeRequests, type Verdict } from "@/lib/review/workflow";
import type { AnswerValue } from "@/lib/questionnaire/schema";
import type { CurrentUser } from "../../auth/session";
import { db } from "../../db";
import { loadDefinition } from "../questionnaires";
import { engineAnswers, findSubmissionFor, loadAnswers } from "../submissions";
import { assertReviewer } from "./access";

type Tx = Prisma.TransactionClient;

export interface ReviewNoteView {
  id: string;
  questionKey: string | null;
  verdict: Verdict | null;
  comment: string;
  author: string;
  createdAt: Date;
}

function statusEvents(submissionId: string, tx: Tx | typeof db = db) {
  return tx.submissionEvent.findMany({
    where: { submissionId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { actor: { select: { name: true, role: true } } },
  });
}

type StatusEvent = Awaited<ReturnType<typeof statusEvents>>[number];

/**
 * What changed since the officer last sent the submission back: the answers snapshot of the submit
 * that review looked at, against the answers now; file questions count as changed when a document
 * was uploaded or removed after that review.
 */
async function changesSinceLastReview(submissionId: string, events: StatusEvent[], current: AnswerMap, order: readonly string[]) {
  const reviewIndex = events.findLastIndex((e) => e.toStatus === "CHANGES_REQUESTED");
  if (reviewIndex < 0 || !events.slice(reviewIndex + 1).some((e) => e.toStatus === "SUBMITTED")) return null;
  const review = events[reviewIndex]!;
  const reviewed = events.slice(0, reviewIndex).findLast((e) => e.toStatus === "SUBMITTED" && e.answersSnapshot);
  const before = (reviewed?.answersSnapshot ?? {}) as AnswerMap;
  const touchedFiles = await db.evidenceFile.findMany({
    where: { submissionId, OR: [{ createdAt: { gt: review.createdAt } }, { removedAt: { gt: review.createdAt } }] },
    select: { questionKey: true },
  });
  const fileKeys = new Set(touchedFiles.map((f) => f.questionKey));
  const keys = [...new Set([...changedAnswers(before, current, order), ...fileKeys])];
  const position = new Map(order.map((k, i) => [k, i]));
  keys.sort((a, b) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity));
  return { reviewedAt: review.createdAt, reviewer: review.actor.name, keys, before };
}

/** Everything the officer's page of one submission shows. */
export async function submissionReview(user: CurrentUser, submissionId: string, now = new Date()) {
  assertReviewer(user);
  const submission = await findSubmissionFor(user, submissionId);
  const [definition, { stored, files }, events, comments, exceptionDecisions] = await Promise.all([
    loadDefinition(submission.versionId),
    loadAnswers(submission.id),
    statusEvents(submission.id),
    db.reviewComment.findMany({
      where: { submissionId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { author: { select: { name: true } } },
    }),
    db.purchaserDecision.findMany({ where: { submissionId }, include: { decidedBy: { select: { name: true } } } }),
  ]);
  const decisions = Object.fromEntries(exceptionDecisions.map((d) => [d.conditionKey, { granted: d.granted, reason: d.reason }]));
  const answers = engineAnswers(stored, files);
  // The verdict as evaluated at submission (what was stored then), and apart from it what reads
  // differently as of now (a document gone stale, a removed upload).
  const checklist = evaluateChecklist(definition, answers, submissionMoment(definition, submission, now), decisions);
  const current = evaluateChecklist(definition, answers, evaluationMoment(definition, { now }), decisions);
  const storedStatus = submission.checklist as Record<string, ConditionStatus>;
  const changedSinceSubmission = current.conditions
    .filter((c) => storedStatus[c.condition.key] !== undefined && storedStatus[c.condition.key] !== c.status)
    .map((c) => ({ key: c.condition.key, then: storedStatus[c.condition.key]!, now: c.status, reasons: c.reasons }));
  const values: Record<string, AnswerValue | null> = Object.fromEntries(Object.entries(stored).map(([k, a]) => [k, a.value]));
  const order = definition.sections.flatMap((s) => s.questions.map((q) => q.key));
  const changes = await changesSinceLastReview(submission.id, events, values, order);
  return {
    submission,
    definition,
    answers,
    files,
    checklist,
    changedSinceSubmission,
    exceptionDecisions: exceptionDecisions.map((d) => ({ conditionKey: d.conditionKey, granted: d.granted, reason: d.reason, by: d.decidedBy.name, at: d.decidedAt })),
    events,
    notes: comments.map(
      (c): ReviewNoteView => ({ id: c.id, questionKey: c.questionKey, verdict: c.verdict, comment: c.comment, author: c.author.name, createdAt: c.createdAt }),
    ),
    changes,
    openChanges: openChangeRequests(comments, events.findLast((e) => e.toStatus === "SUBMITTED")?.createdAt ?? null),
  };
}

/** The decision the provider should see now: the latest one, while the submission still has that status. */
export async function currentDecision(submissionId: string) {
  const event = await db.submissionEvent.findFirst({
    where: { submissionId, toStatus: { in: [...DECIDED_STATUSES] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { actor: { select: { name: true } }, submission: { select: { status: true } } },
  });
  if (!event || event.submission.status !== event.toStatus) return null;
  return { status: event.toStatus, reason: event.reason, at: event.createdAt, by: event.actor.name };
}

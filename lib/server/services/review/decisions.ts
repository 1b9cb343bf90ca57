import "server-only";
/**
 * The officers' writes: per-answer reviews and decisions with optimistic concurrency. Every write
 * re-checks the status and revision under the submission's row lock (lib/server/guards.ts) and is
 * written to the audit log in the same transaction.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { AuditAction } from "@/lib/audit/actions";
import {
  answerReviewSchema,
  exceptionDecisionSchema,
  DECISION_ACTION,
  DECISION_STATUS,
  decisionSchema,
  isDecided,
  isReviewable,
  openChangeRequests,
  type SubmissionStatus,
} from "@/lib/review/workflow";
import type { CurrentUser } from "../../auth/session";
import { audit } from "../../audit";
import { db } from "../../db";
import { loadDefinition } from "../questionnaires";
import { lockSubmission } from "../../guards";
import { findSubmissionFor, refreshSummary } from "../submissions";
import { assertReviewer } from "./access";

type Tx = Prisma.TransactionClient;

/** Moves the submission to a new status: revision bumped, history and audit log written. */
async function changeStatus(
  tx: Tx,
  user: CurrentUser,
  submission: { id: string; organisationId: string },
  from: SubmissionStatus,
  to: SubmissionStatus,
  action: AuditAction,
  reason: string | null = null,
) {
  const decided = isDecided(to);
  const updated = await tx.submission.update({
    where: { id: submission.id },
    data: { status: to, revision: { increment: 1 }, ...(decided ? { decidedAt: new Date(), decisionReason: reason } : {}) },
    select: { revision: true },
  });
  await tx.submissionEvent.create({ data: { submissionId: submission.id, fromStatus: from, toStatus: to, actorId: user.id, reason } });
  await audit(
    { actor: user, action, entityType: "submission", entityId: submission.id, organisationId: submission.organisationId, details: { from, to, ...(reason ? { reason } : {}) } },
    tx,
  );
  return updated.revision;
}

/** Who last changed the status, for the "someone else was quicker" message. */
async function lastChange(tx: Tx, submissionId: string) {
  const e = await tx.submissionEvent.findFirst({
    where: { submissionId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { actor: { select: { name: true } } },
  });
  return { status: e?.toStatus ?? "SUBMITTED", by: e?.actor.name ?? "", at: e?.createdAt.toISOString() ?? "" };
}

export type StaleInfo = Awaited<ReturnType<typeof lastChange>>;

export type ReviewWriteResult =
  | { ok: true; revision: number }
  | { ok: false; reason: "stale" | "notReviewable"; current: StaleInfo }
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string> };

function invalid(error: { issues: { path: PropertyKey[]; message: string }[] }): ReviewWriteResult {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0] ?? "_form")] ??= issue.message;
  return { ok: false, reason: "invalid", fieldErrors };
}

/** An officer takes a submitted submission into review. */
export async function startReview(user: CurrentUser, submissionId: string, expectedRevision: number): Promise<ReviewWriteResult> {
  assertReviewer(user);
  const submission = await findSubmissionFor(user, submissionId);
  return db.$transaction(async (tx) => {
    const locked = await lockSubmission(tx, submissionId);
    if (locked.revision !== expectedRevision) return { ok: false as const, reason: "stale" as const, current: await lastChange(tx, submissionId) };
    if (locked.status !== "SUBMITTED") return { ok: false as const, reason: "notReviewable" as const, current: await lastChange(tx, submissionId) };
    const revision = await changeStatus(tx, user, submission, locked.status, "IN_REVIEW", "submission.reviewStarted");
    return { ok: true as const, revision };
  });
}

/**
 * Marks one answer accepted or needing change, with a comment. Comments add to what is there, so
 * they need no revision; a first comment takes a submitted submission into review.
 */
export async function reviewAnswer(user: CurrentUser, submissionId: string, input: unknown): Promise<ReviewWriteResult> {
  assertReviewer(user);
  const parsed = answerReviewSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { questionKey, verdict, comment } = parsed.data;
  const submission = await findSubmissionFor(user, submissionId);
  const def = await loadDefinition(submission.versionId);
  if (!def.sections.some((s) => s.questions.some((q) => q.key === questionKey))) throw new AppError("notFound");

  return db.$transaction(async (tx) => {
    const locked = await lockSubmission(tx, submissionId);
    if (!isReviewable(locked.status)) return { ok: false as const, reason: "notReviewable" as const, current: await lastChange(tx, submissionId) };
    let revision = locked.revision;
    if (locked.status === "SUBMITTED") revision = await changeStatus(tx, user, submission, "SUBMITTED", "IN_REVIEW", "submission.reviewStarted");
    const note = await tx.reviewComment.create({ data: { submissionId, questionKey, verdict, comment, authorId: user.id } });
    await audit(
      {
        actor: user,
        action: "submission.answerReviewed",
        entityType: "submission",
        entityId: submissionId,
        organisationId: submission.organisationId,
        details: { commentId: note.id, questionKey, verdict, comment },
      },
      tx,
    );
    return { ok: true as const, revision };
  });
}

/**
 * Grants or refuses an exception the purchaser decides on, with a reason the provider sees. Like an
 * answer review it needs no revision (it adds the purchaser's word, it does not move the status),
 * and a first one takes a submitted submission into review. The stored verdict is re-evaluated
 * as at submission, with the decision.
 */
export async function decideException(user: CurrentUser, submissionId: string, input: unknown): Promise<ReviewWriteResult> {
  assertReviewer(user);
  // Who may see it first: an officer of another purchaser learns nothing, not even what is invalid.
  const submission = await findSubmissionFor(user, submissionId);
  const parsed = exceptionDecisionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { conditionKey, granted, reason } = parsed.data;
  const def = await loadDefinition(submission.versionId);
  if (!def.conditions.some((c) => c.key === conditionKey && c.legalClass === "purchaserDecides")) throw new AppError("notFound");

  return db.$transaction(async (tx) => {
    const locked = await lockSubmission(tx, submissionId);
    if (!isReviewable(locked.status)) return { ok: false as const, reason: "notReviewable" as const, current: await lastChange(tx, submissionId) };
    let revision = locked.revision;
    if (locked.status === "SUBMITTED") revision = await changeStatus(tx, user, submission, "SUBMITTED", "IN_REVIEW", "submission.reviewStarted");
    await tx.purchaserDecision.upsert({
      where: { submissionId_conditionKey: { submissionId, conditionKey } },
      create: { submissionId, conditionKey, granted, reason, decidedById: user.id },
      update: { granted, reason, decidedById: user.id, decidedAt: new Date() },
    });
    await refreshSummary(tx, submissionId, def, { submittedAt: submission.submittedAt });
    await audit(
      {
        actor: user,
        action: "submission.exceptionDecided",
        entityType: "submission",
        entityId: submissionId,
        organisationId: submission.organisationId,
        details: { conditionKey, granted, reason },
      },
      tx,
    );
    return { ok: true as const, revision };
  });
}

/** When the submission was last submitted: the start of the current review round. */
async function lastSubmittedAt(tx: Tx, submissionId: string): Promise<Date | null> {
  const submitted = await tx.submissionEvent.findFirst({
    where: { submissionId, toStatus: "SUBMITTED" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { createdAt: true },
  });
  return submitted?.createdAt ?? null;
}

/**
 * Approves, rejects (with a reason) or sends back for changes. `expectedRevision` is the revision the
 * officer saw: if anyone changed the submission since, the decision is refused, never overwritten.
 */
export async function decide(user: CurrentUser, submissionId: string, expectedRevision: number, input: unknown): Promise<ReviewWriteResult> {
  assertReviewer(user);
  const submission = await findSubmissionFor(user, submissionId);
  return db.$transaction(async (tx) => {
    const locked = await lockSubmission(tx, submissionId);
    if (locked.revision !== expectedRevision) return { ok: false as const, reason: "stale" as const, current: await lastChange(tx, submissionId) };
    if (!isReviewable(locked.status)) return { ok: false as const, reason: "notReviewable" as const, current: await lastChange(tx, submissionId) };
    const notes = await tx.reviewComment.findMany({ where: { submissionId }, select: { questionKey: true, verdict: true, createdAt: true } });
    const parsed = decisionSchema(openChangeRequests(notes, await lastSubmittedAt(tx, submissionId)).length > 0).safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const { decision, message } = parsed.data;
    const revision = await changeStatus(tx, user, submission, locked.status, DECISION_STATUS[decision], DECISION_ACTION[decision], message || null);
    return { ok: true as const, revision };
  });
}

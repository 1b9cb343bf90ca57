import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { can, inPurchaserScope } from "@/lib/auth/permissions";
import { evaluateChecklist, type PurchaserDecisions } from "@/lib/checklist/engine";
import { evaluationMoment } from "@/lib/checklist/reference";
import { AppError } from "@/lib/errors";
import { parseAnswer } from "@/lib/questionnaire/answers";
import type { AnswerValue, Answers, QuestionnaireDefinition } from "@/lib/questionnaire/schema";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { audit } from "../audit";
import { assertSubmissionMutable, lockMutableSubmission } from "../guards";
import { latestPublishedVersion, loadDefinition } from "./questionnaires";

type Tx = Prisma.TransactionClient;

/**
 * The submission, if this user may see it: providers their own organisation's; officers what was
 * ever submitted (never a draft) to a questionnaire of their purchaser; platform administrators what
 * was ever submitted to any purchaser. Anything else looks like no submission at all.
 */
export async function findSubmissionFor(user: CurrentUser, id: string) {
  const submission = await db.submission.findUnique({
    where: { id },
    include: { organisation: true, version: { include: { questionnaire: { include: { careType: true } } } } },
  });
  if (!submission) throw new AppError("notFound");
  const allowed =
    user.role === "PROVIDER"
      ? can(user, "read:submission:own", submission)
      : can(user, "read:submission:any") &&
        submission.status !== "DRAFT" &&
        inPurchaserScope(user, submission.version.questionnaire.purchaserId);
  if (!allowed) throw new AppError("notFound"); // no hint that it exists
  return submission;
}

export interface StoredAnswer {
  value: AnswerValue | null;
  version: number;
  updatedBy: string;
  updatedAt: string;
}

export async function loadAnswers(submissionId: string, tx: Tx | typeof db = db) {
  const [rows, files] = await Promise.all([
    tx.answer.findMany({ where: { submissionId }, include: { updatedBy: { select: { name: true } } } }),
    tx.evidenceFile.findMany({
      where: { submissionId, removedAt: null },
      orderBy: { createdAt: "asc" },
      select: { id: true, questionKey: true, fileName: true, mimeType: true, size: true, createdAt: true, uploadedBy: { select: { name: true } } },
    }),
  ]);
  const stored: Record<string, StoredAnswer> = {};
  for (const r of rows) {
    stored[r.questionKey] = {
      value: r.value as AnswerValue | null,
      version: r.version,
      updatedBy: r.updatedBy.name,
      updatedAt: r.updatedAt.toISOString(),
    };
  }
  return { stored, files };
}

/** The engine's view: stored values, and for file questions the ids of their uploads. */
export function engineAnswers(
  stored: Record<string, Pick<StoredAnswer, "value">>,
  files: readonly { id: string; questionKey: string }[],
): Answers {
  const answers: Record<string, AnswerValue | null> = {};
  for (const [key, a] of Object.entries(stored)) answers[key] = a.value;
  for (const f of files) answers[f.questionKey] = [...((answers[f.questionKey] as string[] | undefined) ?? []), f.id];
  return answers;
}

/** Only what the engine reads: values and the ids of uploaded files (the hot path of every save). */
async function loadEngineAnswers(tx: Tx, submissionId: string): Promise<Answers> {
  const [rows, files] = await Promise.all([
    tx.answer.findMany({ where: { submissionId }, select: { questionKey: true, value: true } }),
    tx.evidenceFile.findMany({ where: { submissionId, removedAt: null }, select: { id: true, questionKey: true }, orderBy: { createdAt: "asc" } }),
  ]);
  const stored = Object.fromEntries(rows.map((r) => [r.questionKey, { value: r.value as AnswerValue | null }]));
  return engineAnswers(stored as Record<string, StoredAnswer>, files);
}

/** The purchaser's decisions on this submission's exceptions, per condition key. */
export async function loadPurchaserDecisions(submissionId: string, tx: Tx | typeof db = db): Promise<PurchaserDecisions> {
  const rows = await tx.purchaserDecision.findMany({ where: { submissionId }, select: { conditionKey: true, granted: true, reason: true } });
  return Object.fromEntries(rows.map((r) => [r.conditionKey, { granted: r.granted, reason: r.reason }]));
}

/**
 * Recomputes and stores the checklist summary, so lists never evaluate it per row. `submittedAt`
 * for a submitted form: its verdict is stored as evaluated at submission (never "today").
 */
export async function refreshSummary(
  tx: Tx,
  submissionId: string,
  def: QuestionnaireDefinition,
  at: { submittedAt?: Date | null; now?: Date } = {},
) {
  const [answers, decisions] = await Promise.all([loadEngineAnswers(tx, submissionId), loadPurchaserDecisions(submissionId, tx)]);
  const result = evaluateChecklist(def, answers, evaluationMoment(def, { submittedAt: at.submittedAt, now: at.now ?? new Date() }), decisions);
  const next = result.timeline.upcoming[0];
  await tx.submission.update({
    where: { id: submissionId },
    data: {
      unmetHard: result.summary.unmetContract,
      unmetPayment: result.summary.unmetPayment,
      adviceNotMet: result.summary.adviceNotMet,
      awaitingDecision: result.summary.awaitingDecision,
      evidenceMissing: result.summary.evidenceMissing,
      unansweredCount: result.summary.unanswered,
      answeredRequired: result.progress.answered,
      requiredVisible: result.progress.required,
      checklist: Object.fromEntries(result.conditions.map((c) => [c.condition.key, c.status])),
      nextDeadline: next ? new Date(`${next.start}T00:00:00Z`) : null,
    },
  });
  return result;
}

/** Starts (or returns the existing) submission of the organisation for a care type's newest version. */
export async function startSubmission(user: CurrentUser, careTypeKey: string): Promise<string> {
  if (!user.organisationId || !can(user, "update:submission:own", { organisationId: user.organisationId })) {
    throw new AppError("forbidden");
  }
  const version = await latestPublishedVersion(careTypeKey);
  if (!version) throw new AppError("notFound");
  const existing = await db.submission.findUnique({
    where: { organisationId_versionId: { organisationId: user.organisationId, versionId: version.id } },
  });
  if (existing) return existing.id;
  const def = await loadDefinition(version.id);
  try {
    return await db.$transaction(async (tx) => {
      const submission = await tx.submission.create({
        data: { organisationId: user.organisationId!, versionId: version.id, createdById: user.id },
      });
      await tx.submissionEvent.create({ data: { submissionId: submission.id, toStatus: "DRAFT", actorId: user.id } });
      await refreshSummary(tx, submission.id, def);
      await audit(
        { actor: user, action: "submission.started", entityType: "submission", entityId: submission.id, organisationId: user.organisationId, details: { careType: careTypeKey, version: version.number } },
        tx,
      );
      return submission.id;
    });
  } catch (e) {
    // A colleague started it at the same moment: use theirs.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const again = await db.submission.findUniqueOrThrow({
        where: { organisationId_versionId: { organisationId: user.organisationId, versionId: version.id } },
      });
      return again.id;
    }
    throw e;
  }
}

export type SaveAnswerResult =
  | { ok: true; version: number; updatedBy: string; updatedAt: string }
  | { ok: false; reason: "invalid"; message: string }
  | { ok: false; reason: "conflict"; current: StoredAnswer | null };

/**
 * Saves one answer with optimistic concurrency: `expectedVersion` is the version the user edited
 * (0 for a first answer). A stale version is refused with the current answer, never overwritten.
 * Editability is checked before and again under the row lock (AppError notEditable).
 */
export async function saveAnswer(
  user: CurrentUser,
  submissionId: string,
  questionKey: string,
  rawValue: unknown,
  expectedVersion: number,
): Promise<SaveAnswerResult> {
  // Lean: autosave is the hottest path. Another organisation's submission looks like no submission.
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    select: { organisationId: true, status: true, versionId: true },
  });
  if (!submission || user.role !== "PROVIDER" || !can(user, "read:submission:own", submission)) throw new AppError("notFound");
  assertSubmissionMutable(user, submission);
  const def = await loadDefinition(submission.versionId);
  const question = def.sections.flatMap((s) => s.questions).find((q) => q.key === questionKey);
  if (!question || question.kind === "file") throw new AppError("notFound");
  const parsed = parseAnswer(question, rawValue);
  if (!parsed.ok) return { ok: false, reason: "invalid", message: parsed.message };
  const value = parsed.value === null ? Prisma.JsonNull : (parsed.value as Prisma.InputJsonValue);

  return db.$transaction(async (tx) => {
    await lockMutableSubmission(tx, user, submissionId);
    const existing = await tx.answer.findUnique({
      where: { submissionId_questionKey: { submissionId, questionKey } },
      select: { id: true, version: true },
    });
    if ((existing?.version ?? 0) !== expectedVersion) {
      const current = existing
        ? await tx.answer.findUniqueOrThrow({ where: { id: existing.id }, include: { updatedBy: { select: { name: true } } } })
        : null;
      return {
        ok: false as const,
        reason: "conflict" as const,
        current: current
          ? { value: current.value as AnswerValue | null, version: current.version, updatedBy: current.updatedBy.name, updatedAt: current.updatedAt.toISOString() }
          : null,
      };
    }
    const saved = existing
      ? await tx.answer.update({ where: { id: existing.id }, data: { value, version: { increment: 1 }, updatedById: user.id } })
      : await tx.answer.create({ data: { submissionId, questionKey, value, updatedById: user.id } });
    await refreshSummary(tx, submissionId, def);
    return { ok: true as const, version: saved.version, updatedBy: user.name, updatedAt: saved.updatedAt.toISOString() };
  });
}

export type SubmitResult = { ok: true } | { ok: false; reason: "notSignatory" | "stale" | "missing"; missing?: string[] };

/**
 * Submits for review. Only an authorised signatory; only when every visible required question is
 * answered (decided on the server from the stored answers, never from the browser). Unmet
 * conditions do not block: the officer decides. Keeps a snapshot of the answers in the status
 * history, so a resubmission can show what changed.
 */
export async function submitSubmission(user: CurrentUser, submissionId: string, expectedRevision: number): Promise<SubmitResult> {
  const submission = await findSubmissionFor(user, submissionId);
  if (!can(user, "update:submission:own", submission)) throw new AppError("forbidden");
  if (!can(user, "submit:submission:own", submission)) return { ok: false, reason: "notSignatory" };
  assertSubmissionMutable(user, submission);
  const def = await loadDefinition(submission.versionId);

  return db.$transaction(async (tx) => {
    const locked = await lockMutableSubmission(tx, user, submissionId);
    if (locked.revision !== expectedRevision) return { ok: false as const, reason: "stale" as const };
    const now = new Date();
    // Stored as evaluated at this moment of enrolment: the verdict the officer sees.
    const result = await refreshSummary(tx, submissionId, def, { submittedAt: now, now });
    if (result.missingRequired.length) return { ok: false as const, reason: "missing" as const, missing: result.missingRequired };

    const { stored } = await loadAnswers(submissionId, tx);
    const snapshot = Object.fromEntries(Object.entries(stored).map(([k, a]) => [k, a.value]));
    await tx.submission.update({
      where: { id: submissionId },
      data: { status: "SUBMITTED", submittedAt: now, revision: { increment: 1 } },
    });
    await tx.submissionEvent.create({
      data: { submissionId, fromStatus: locked.status, toStatus: "SUBMITTED", actorId: user.id, answersSnapshot: snapshot as Prisma.InputJsonValue },
    });
    await audit(
      {
        actor: user,
        action: locked.status === "CHANGES_REQUESTED" ? "submission.resubmitted" : "submission.submitted",
        entityType: "submission",
        entityId: submissionId,
        organisationId: submission.organisationId,
        details: { unmetHard: result.summary.unmetContract, unmetPayment: result.summary.unmetPayment },
      },
      tx,
    );
    return { ok: true as const };
  });
}

/** Review comments per question, for the provider's view of a submission. */
export async function reviewNotes(submissionId: string) {
  const comments = await db.reviewComment.findMany({
    where: { submissionId, questionKey: { not: null } },
    orderBy: { createdAt: "asc" },
    include: { author: { select: { name: true } } },
  });
  const notes: Record<string, { comment: string; verdict: "ACCEPTED" | "NEEDS_CHANGE" | null; author: string; createdAt: string }[]> = {};
  for (const c of comments) {
    (notes[c.questionKey!] ??= []).push({ comment: c.comment, verdict: c.verdict, author: c.author.name, createdAt: c.createdAt.toISOString() });
  }
  return notes;
}

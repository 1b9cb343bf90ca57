import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { carryOverAnswers, type DropReason } from "@/lib/questionnaire/carry-over";
import type { AnswerValue, LocalizedText, QuestionKind } from "@/lib/questionnaire/schema";
import type { SubmissionStatus } from "@/lib/review/workflow";
import type { CurrentUser } from "../auth/session";
import { audit } from "../audit";
import { db } from "../db";
import { assertSubmissionMutable, lockMutableSubmission } from "../guards";
import { markRemoved } from "./evidence";
import { latestPublishedVersion, loadDefinition } from "./questionnaires";
import { findSubmissionFor, loadAnswers, refreshSummary } from "./submissions";

/** Only a draft that was never submitted moves: once submitted, it stays on its version. */
const MOVABLE: readonly SubmissionStatus[] = ["DRAFT"];

export interface DroppedItem {
  questionKey: string;
  /** The question as the provider knew it, in the old version. */
  label: LocalizedText | null;
  kind: QuestionKind | null;
  reason: DropReason;
  /** The answer that no longer applies, or for file questions the file names. */
  value: AnswerValue | null;
  files: string[];
}

export interface VersionMoveOffer {
  currentNumber: number;
  targetVersionId: string;
  targetNumber: number;
  targetPeriod: string;
  keptAnswers: number;
  dropped: DroppedItem[];
}

/** The submission, if this provider may change it, with the newest published version of its questionnaire. */
async function movable(user: CurrentUser, submissionId: string) {
  const submission = await findSubmissionFor(user, submissionId);
  if (!can(user, "update:submission:own", submission)) throw new AppError("forbidden");
  const latest = await latestPublishedVersion(submission.version.questionnaire.careType.key);
  return { submission, latest };
}

/** What moving would keep and drop, from the answers and files stored now. */
async function plan(oldVersionId: string, newVersionId: string, submissionId: string, client: Prisma.TransactionClient | typeof db = db) {
  const [oldDef, newDef, { stored, files }] = await Promise.all([
    loadDefinition(oldVersionId),
    loadDefinition(newVersionId),
    loadAnswers(submissionId, client),
  ]);
  const values = Object.fromEntries(Object.entries(stored).map(([k, a]) => [k, a.value]));
  const carry = carryOverAnswers(newDef, values, files.map((f) => f.questionKey));
  const oldQuestions = new Map(oldDef.sections.flatMap((s) => s.questions).map((q) => [q.key, q]));
  const item = (questionKey: string, reason: DropReason, value: AnswerValue | null, fileNames: string[]): DroppedItem => {
    const q = oldQuestions.get(questionKey);
    return { questionKey, label: q?.label ?? null, kind: q?.kind ?? null, reason, value, files: fileNames };
  };
  const dropped = [
    ...carry.droppedAnswers.map((d) => item(d.questionKey, d.reason, values[d.questionKey] ?? null, [])),
    ...carry.droppedFiles.map((d) => item(d.questionKey, d.reason, null, files.filter((f) => f.questionKey === d.questionKey).map((f) => f.fileName))),
  ];
  return { newDef, carry, dropped, files };
}

/**
 * Offered to a provider whose unsubmitted draft is on an older version than the newest published
 * one (and who has no submission on that one yet): what moving keeps and what no longer applies.
 */
export async function versionMoveOffer(user: CurrentUser, submissionId: string): Promise<VersionMoveOffer | null> {
  const { submission, latest } = await movable(user, submissionId);
  if (!MOVABLE.includes(submission.status) || !latest || latest.number <= submission.version.number) return null;
  const taken = await db.submission.findUnique({
    where: { organisationId_versionId: { organisationId: submission.organisationId, versionId: latest.id } },
    select: { id: true },
  });
  if (taken) return null;
  const { carry, dropped } = await plan(submission.versionId, latest.id, submission.id);
  return {
    currentNumber: submission.version.number,
    targetVersionId: latest.id,
    targetNumber: latest.number,
    targetPeriod: latest.policyPeriod,
    keptAnswers: carry.keptAnswers.length,
    dropped,
  };
}

export type MoveResult = { ok: true } | { ok: false; reason: "stale" | "exists" };

/**
 * Moves the draft to `targetVersionId`, which must still be the newest published version: answers
 * that fit are kept (under the new key of a question that `replaces` theirs), the others and files
 * of questions that are no longer file questions are removed (the audit entry keeps what was
 * removed). Checked again under the row lock; AppError notEditable once the draft was submitted.
 */
export async function moveSubmissionToVersion(user: CurrentUser, submissionId: string, targetVersionId: string): Promise<MoveResult> {
  const { submission, latest } = await movable(user, submissionId);
  assertSubmissionMutable(user, submission, MOVABLE);
  if (!latest || latest.id !== targetVersionId || latest.number <= submission.version.number) return { ok: false, reason: "stale" };
  try {
    return await db.$transaction(async (tx) => {
      const locked = await lockMutableSubmission(tx, user, submissionId, MOVABLE);
      if (locked.versionId !== submission.versionId) return { ok: false as const, reason: "stale" as const };
      const { newDef, carry, dropped, files } = await plan(submission.versionId, latest.id, submissionId, tx);

      // Answers of renamed or split questions go to their new keys (kept as who last changed them).
      const movedFrom = [...new Set(carry.answerMoves.map((m) => m.from))];
      const originals = new Map((await tx.answer.findMany({ where: { submissionId, questionKey: { in: movedFrom } } })).map((a) => [a.questionKey, a]));
      await tx.answer.deleteMany({ where: { submissionId, questionKey: { in: [...carry.droppedAnswers.map((d) => d.questionKey), ...movedFrom] } } });
      await tx.answer.createMany({
        data: carry.answerMoves.map(({ from, to }) => {
          const a = originals.get(from)!;
          return { submissionId, questionKey: to, value: a.value === null ? Prisma.JsonNull : (a.value as Prisma.InputJsonValue), updatedById: a.updatedById };
        }),
      });
      for (const { from, to } of carry.fileMoves) {
        await tx.evidenceFile.updateMany({ where: { submissionId, questionKey: from }, data: { questionKey: to } });
      }
      const droppedFileKeys = new Set(carry.droppedFiles.map((d) => d.questionKey));
      const goneFiles = files.filter((f) => droppedFileKeys.has(f.questionKey)).map((f) => f.id);
      if (goneFiles.length) await markRemoved(tx, user, goneFiles);
      await tx.submission.update({ where: { id: submissionId }, data: { versionId: latest.id, revision: { increment: 1 } } });
      await refreshSummary(tx, submissionId, newDef);
      await audit(
        {
          actor: user,
          action: "submission.versionMoved",
          entityType: "submission",
          entityId: submissionId,
          organisationId: submission.organisationId,
          details: {
            careType: submission.version.questionnaire.careType.key,
            from: submission.version.number,
            to: latest.number,
            keptAnswers: carry.keptAnswers.length,
            moved: [...carry.answerMoves, ...carry.fileMoves].map(({ from, to }) => ({ from, to })),
            dropped: dropped.map((d) => ({ questionKey: d.questionKey, reason: d.reason, value: d.value, files: d.files })) as Prisma.InputJsonValue,
          },
        },
        tx,
      );
      return { ok: true as const };
    });
  } catch (e) {
    // The organisation started the newest version meanwhile: (organisationId, versionId) is unique.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return { ok: false, reason: "exists" };
    throw e;
  }
}

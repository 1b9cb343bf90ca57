import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { detectEvidenceType } from "@/lib/evidence/detect";
import { MAX_EVIDENCE_BYTES, sanitizeFileName } from "@/lib/evidence/file-type";
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { audit } from "../audit";
import { assertSubmissionMutable, lockMutableSubmission } from "../guards";
import { loadDefinition } from "./questionnaires";
import { findSubmissionFor, refreshSummary } from "./submissions";

/** What the browser gets to see of an uploaded file (never its bytes). */
export interface EvidenceFileInfo {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  createdAt: string;
  uploadedBy: string;
}

export type UploadEvidenceResult = { ok: true; file: EvidenceFileInfo } | { ok: false; reason: "tooLarge" | "type" | "empty" };

/** Writing 10 MB into PostgreSQL can take a moment; the row lock is held only for this transaction. */
const TRANSACTION_OPTIONS = { timeout: 30_000, maxWait: 10_000 };

/** The submission, if this user may change it now; throws notFound, forbidden or notEditable, like saveAnswer. */
async function mutableSubmission(user: CurrentUser, submissionId: string) {
  const submission = await findSubmissionFor(user, submissionId);
  assertSubmissionMutable(user, submission);
  return submission;
}

/**
 * Stores an evidence document for a file question. The type is decided from the bytes; the name is
 * sanitised and given the detected extension. Editability is checked before and again, under a row
 * lock, inside the write transaction.
 */
export async function uploadEvidence(
  user: CurrentUser,
  submissionId: string,
  questionKey: string,
  file: { name: string; bytes: Uint8Array },
): Promise<UploadEvidenceResult> {
  const submission = await mutableSubmission(user, submissionId);
  const def = await loadDefinition(submission.versionId);
  const question = def.sections.flatMap((s) => s.questions).find((q) => q.key === questionKey);
  if (!question || question.kind !== "file") throw new AppError("notFound");

  if (file.bytes.length === 0) return { ok: false, reason: "empty" };
  if (file.bytes.length > MAX_EVIDENCE_BYTES) return { ok: false, reason: "tooLarge" };
  const type = await detectEvidenceType(file.bytes, file.name);
  if (!type.ok) return { ok: false, reason: "type" };

  const fileName = sanitizeFileName(file.name, type.extension);
  const data = new Uint8Array(file.bytes); // a copy backed by a plain ArrayBuffer, as Prisma's Bytes wants
  const sha256 = createHash("sha256").update(data).digest("hex");

  return db.$transaction(async (tx) => {
    await lockMutableSubmission(tx, user, submissionId);
    const blob = await tx.fileBlob.create({ data: { data }, select: { id: true } });
    const stored = await tx.evidenceFile.create({
      data: {
        submissionId,
        questionKey,
        fileName,
        mimeType: type.mime,
        size: data.length,
        sha256,
        blobId: blob.id,
        uploadedById: user.id,
      },
    });
    await refreshSummary(tx, submissionId, def);
    await audit(
      {
        actor: user,
        action: "evidence.uploaded",
        entityType: "evidenceFile",
        entityId: stored.id,
        organisationId: submission.organisationId,
        details: { submissionId, questionKey, fileName, mimeType: type.mime, size: data.length, sha256 },
      },
      tx,
    );
    return {
      ok: true as const,
      file: {
        id: stored.id,
        fileName: stored.fileName,
        mimeType: stored.mimeType,
        size: stored.size,
        createdAt: stored.createdAt.toISOString(),
        uploadedBy: user.name,
      },
    };
  }, TRANSACTION_OPTIONS);
}

/**
 * Marks files of one locked submission as removed by `user` and deletes their bytes. Throws notFound
 * when one of them was removed already (by a colleague a moment ago).
 */
export async function markRemoved(tx: Prisma.TransactionClient, user: CurrentUser, fileIds: readonly string[]) {
  const files = await tx.evidenceFile.findMany({ where: { id: { in: [...fileIds] }, removedAt: null }, select: { blobId: true } });
  if (files.length !== new Set(fileIds).size) throw new AppError("notFound");
  await tx.evidenceFile.updateMany({ where: { id: { in: [...fileIds] } }, data: { removedAt: new Date(), removedById: user.id, blobId: null } });
  await tx.fileBlob.deleteMany({ where: { id: { in: files.flatMap((f) => (f.blobId ? [f.blobId] : [])) } } });
}

/** A file that was not removed: its metadata (not its bytes); the caller checks access to its submission. */
async function findEvidence(fileId: string) {
  const file = await db.evidenceFile.findUnique({
    where: { id: fileId, removedAt: null },
    select: { id: true, submissionId: true, questionKey: true, fileName: true, mimeType: true, size: true, sha256: true, blobId: true },
  });
  if (!file?.blobId) throw new AppError("notFound");
  return { ...file, blobId: file.blobId };
}

/**
 * Removes an uploaded document: its bytes are deleted, the record stays marked as removed (by whom,
 * when), so the officer's "what changed" sees it. Replacing a document is removing it and uploading another.
 */
export async function removeEvidence(user: CurrentUser, fileId: string): Promise<{ ok: true }> {
  const file = await findEvidence(fileId);
  const submission = await mutableSubmission(user, file.submissionId);
  const def = await loadDefinition(submission.versionId);

  return db.$transaction(async (tx) => {
    await lockMutableSubmission(tx, user, file.submissionId);
    await markRemoved(tx, user, [file.id]);
    await refreshSummary(tx, file.submissionId, def);
    await audit(
      {
        actor: user,
        action: "evidence.removed",
        entityType: "evidenceFile",
        entityId: file.id,
        organisationId: submission.organisationId,
        details: { submissionId: file.submissionId, questionKey: file.questionKey, fileName: file.fileName, sha256: file.sha256 },
      },
      tx,
    );
    return { ok: true as const };
  }, TRANSACTION_OPTIONS);
}

/**
 * A document with its bytes, for download: providers of the submission's organisation, and officers
 * and administrators once the submission is no longer a draft (findSubmissionFor decides).
 */
export async function getEvidenceForDownload(user: CurrentUser, fileId: string) {
  const file = await findEvidence(fileId);
  await findSubmissionFor(user, file.submissionId);
  const blob = await db.fileBlob.findUnique({ where: { id: file.blobId } });
  if (!blob) throw new AppError("notFound");
  return { id: file.id, fileName: file.fileName, mimeType: file.mimeType, size: file.size, sha256: file.sha256, data: blob.data };
}

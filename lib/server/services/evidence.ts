import "server-only";
import { createHash } from "node:crypto";
import type { Prisma, SubmissionStatus } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import { detectEvidenceType } from "@/lib/evidence/detect";
import { MAX_EVIDENCE_BYTES, sanitizeFileName } from "@/lib/evidence/file-type";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { audit } from "../audit";
import { loadDefinition } from "./questionnaires";
import { EDITABLE_STATUSES, findSubmissionFor, ForbiddenError, NotFoundError, refreshSummary } from "./submissions";

/** What the browser gets to see of an uploaded file (never its bytes). */
export interface EvidenceFileInfo {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  createdAt: string;
  uploadedBy: string;
}

export type UploadEvidenceResult =
  | { ok: true; file: EvidenceFileInfo }
  | { ok: false; reason: "tooLarge" | "type" | "empty" | "notEditable" };

export type RemoveEvidenceResult = { ok: true } | { ok: false; reason: "notEditable" };

/** Writing 10 MB into PostgreSQL can take a moment; the row lock is held only for this transaction. */
const TRANSACTION_OPTIONS = { timeout: 30_000, maxWait: 10_000 };

/** The submission, if this user may change it now; throws for access problems, like saveAnswer. */
async function editableSubmission(user: CurrentUser, submissionId: string) {
  const submission = await findSubmissionFor(user, submissionId);
  if (!can(user, "update:submission:own", submission)) throw new ForbiddenError();
  return { submission, editable: EDITABLE_STATUSES.includes(submission.status) };
}

/** Locks the submission row (serialising with answer saves and status changes) and re-checks its status. */
async function lockEditable(tx: Prisma.TransactionClient, submissionId: string) {
  const [locked] = await tx.$queryRaw<{ status: SubmissionStatus }[]>`
    SELECT status FROM "Submission" WHERE id = ${submissionId} FOR UPDATE`;
  return !!locked && EDITABLE_STATUSES.includes(locked.status);
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
  const { submission, editable } = await editableSubmission(user, submissionId);
  if (!editable) return { ok: false, reason: "notEditable" };
  const def = await loadDefinition(submission.versionId);
  const question = def.sections.flatMap((s) => s.questions).find((q) => q.key === questionKey);
  if (!question || question.kind !== "file") throw new NotFoundError();

  if (file.bytes.length === 0) return { ok: false, reason: "empty" };
  if (file.bytes.length > MAX_EVIDENCE_BYTES) return { ok: false, reason: "tooLarge" };
  const type = await detectEvidenceType(file.bytes, file.name);
  if (!type.ok) return { ok: false, reason: "type" };

  const fileName = sanitizeFileName(file.name, type.extension);
  const data = new Uint8Array(file.bytes); // a copy backed by a plain ArrayBuffer, as Prisma's Bytes wants
  const sha256 = createHash("sha256").update(data).digest("hex");

  return db.$transaction(async (tx) => {
    if (!(await lockEditable(tx, submissionId))) return { ok: false as const, reason: "notEditable" as const };
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

/** The file's metadata (not its bytes); the caller checks access to its submission. */
async function findEvidence(fileId: string) {
  const file = await db.evidenceFile.findUnique({
    where: { id: fileId },
    select: { id: true, submissionId: true, questionKey: true, fileName: true, mimeType: true, size: true, sha256: true, blobId: true },
  });
  if (!file) throw new NotFoundError();
  return file;
}

/** Deletes an uploaded document (and its bytes). Replacing a document is removing it and uploading another. */
export async function removeEvidence(user: CurrentUser, fileId: string): Promise<RemoveEvidenceResult> {
  const file = await findEvidence(fileId);
  const { submission, editable } = await editableSubmission(user, file.submissionId);
  if (!editable) return { ok: false, reason: "notEditable" };
  const def = await loadDefinition(submission.versionId);

  return db.$transaction(async (tx) => {
    if (!(await lockEditable(tx, file.submissionId))) return { ok: false as const, reason: "notEditable" as const };
    // A colleague may have removed it a moment ago.
    const { count } = await tx.evidenceFile.deleteMany({ where: { id: file.id, submissionId: file.submissionId } });
    if (count === 0) throw new NotFoundError();
    await tx.fileBlob.delete({ where: { id: file.blobId } });
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
  if (!blob) throw new NotFoundError();
  return { id: file.id, fileName: file.fileName, mimeType: file.mimeType, size: file.size, sha256: file.sha256, data: blob.data };
}

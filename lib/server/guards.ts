import "server-only";
/**
 * The one guard for writes to a submission (Documenso's assert…Mutable pattern): inside the write
 * transaction, lock the submission row (SELECT … FOR UPDATE, serialising answer saves, uploads and
 * status changes of one submission) and check that this user may change it now. Services call
 * `assertSubmissionMutable` on their first, unlocked read too, to refuse early; the check under the
 * lock is the one that counts.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { EDITABLE_STATUSES, type SubmissionStatus } from "@/lib/review/workflow";
import type { CurrentUser } from "./auth/session";

export interface LockedSubmission {
  id: string;
  status: SubmissionStatus;
  revision: number;
  versionId: string;
  organisationId: string;
}

/** Locks the submission row until the transaction ends; notFound when there is none. */
export async function lockSubmission(tx: Prisma.TransactionClient, submissionId: string): Promise<LockedSubmission> {
  const [locked] = await tx.$queryRaw<LockedSubmission[]>`
    SELECT id, status, revision, "versionId", "organisationId" FROM "Submission" WHERE id = ${submissionId} FOR UPDATE`;
  if (!locked) throw new AppError("notFound");
  return locked;
}

/**
 * Throws unless `user` may change the submission now: forbidden for anyone but the organisation's
 * providers, notEditable once it is no longer in one of `statuses` (by default: with the provider).
 * Whether the user may see it at all is the caller's first read (findSubmissionFor: notFound).
 */
export function assertSubmissionMutable(
  user: CurrentUser,
  submission: { organisationId: string; status: SubmissionStatus },
  statuses: readonly SubmissionStatus[] = EDITABLE_STATUSES,
): void {
  if (!can(user, "update:submission:own", submission)) throw new AppError("forbidden");
  if (!statuses.includes(submission.status)) throw new AppError("notEditable");
}

/** Locks the submission and checks, under the lock, that `user` may change it. */
export async function lockMutableSubmission(
  tx: Prisma.TransactionClient,
  user: CurrentUser,
  submissionId: string,
  statuses?: readonly SubmissionStatus[],
): Promise<LockedSubmission> {
  const locked = await lockSubmission(tx, submissionId);
  assertSubmissionMutable(user, locked, statuses);
  return locked;
}

"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requirePermission, type CurrentUser } from "@/lib/server/auth/session";
import { refuseAppError } from "@/lib/server/actions";
import { decide, decideException, reviewAnswer, startReview, type ReviewWriteResult } from "@/lib/server/services/review";

/** `error` is translated; `fieldErrors` are keys under review.errors, like the browser's own checks. */
export type ReviewActionState = { ok: true } | { ok: false; error?: string; fieldErrors?: Record<string, string> };

const target = z.object({ id: z.string().min(1).max(100), revision: z.number().int().min(0) });

type Write = (user: CurrentUser, id: string, revision: number) => Promise<ReviewWriteResult>;

/**
 * Officers only, checked on every call (a provider posting to an action gets 403); the service
 * checks again.
 */
async function run(id: unknown, revision: unknown, write: Write): Promise<ReviewActionState> {
  const user = await requirePermission("review:submission:any", undefined, "api");
  const t = await getTranslations("review.errors");
  const parsed = target.safeParse({ id, revision });
  if (!parsed.success) return { ok: false, error: t("notFound") };
  // A submission that is gone (or a draft) reads as not found; no other AppError is expected here.
  const result = await refuseAppError(() => write(user, parsed.data.id, parsed.data.revision), { notFound: null });
  if (!result) return { ok: false, error: t("notFound") };
  if (result.ok) {
    revalidatePath(`/review/${parsed.data.id}`);
    return { ok: true };
  }
  if (result.reason === "invalid") return { ok: false, fieldErrors: result.fieldErrors };
  const status = (await getTranslations("status"))(result.current.status);
  return { ok: false, error: t(result.reason, { by: result.current.by, status }) };
}

export async function startReviewAction(id: unknown, revision: unknown): Promise<ReviewActionState> {
  return run(id, revision, (user, submissionId, expected) => startReview(user, submissionId, expected));
}

/** Comments add to what is there: no revision needed. */
export async function reviewAnswerAction(id: unknown, input: unknown): Promise<ReviewActionState> {
  return run(id, 0, (user, submissionId) => reviewAnswer(user, submissionId, input));
}

export async function decideAction(id: unknown, revision: unknown, input: unknown): Promise<ReviewActionState> {
  return run(id, revision, (user, submissionId, expected) => decide(user, submissionId, expected, input));
}

/** Grants or refuses an exception ("decided by the purchaser"); like a comment, no revision needed. */
export async function decideExceptionAction(id: unknown, input: unknown): Promise<ReviewActionState> {
  return run(id, 0, (user, submissionId) => decideException(user, submissionId, input));
}

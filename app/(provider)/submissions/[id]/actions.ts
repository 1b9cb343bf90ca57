"use server";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { refuseAppError } from "@/lib/server/actions";
import { requireRole } from "@/lib/server/auth/session";
import { submitSubmission } from "@/lib/server/services/submissions";
import { moveSubmissionToVersion } from "@/lib/server/services/version-move";
import type { AppErrorKind } from "@/lib/errors";

type Refusal = { ok: false; reason: "invalid" | "notEditable" };

/** Someone else's or an unknown submission: the same plain refusal, never a server error. */
const refusals: Partial<Record<AppErrorKind, Refusal>> = {
  notFound: { ok: false, reason: "invalid" },
  forbidden: { ok: false, reason: "invalid" },
  notEditable: { ok: false, reason: "notEditable" },
};

const input = z.object({ id: z.string().min(1).max(100), revision: z.number().int().min(0) });

export async function submitSubmissionAction(id: unknown, revision: unknown): Promise<{ ok: true } | { ok: false; message: string }> {
  const user = await requireRole(["PROVIDER"], "api");
  const parsed = input.safeParse({ id, revision });
  const t = await getTranslations("questionnaire.submitErrors");
  if (!parsed.success) return { ok: false, message: t("invalid") };
  const result = await refuseAppError(() => submitSubmission(user, parsed.data.id, parsed.data.revision), refusals);
  return result.ok ? result : { ok: false, message: t(result.reason) };
}

const moveInput = z.object({ id: z.string().min(1).max(100), target: z.string().min(1).max(100) });

/** Moves an unsubmitted draft to the newest version of its questionnaire (see the banner). */
export async function moveToNewestVersionAction(id: unknown, target: unknown): Promise<{ ok: true } | { ok: false; message: string }> {
  const user = await requireRole(["PROVIDER"], "api");
  const parsed = moveInput.safeParse({ id, target });
  const t = await getTranslations("editor.move.errors");
  if (!parsed.success) return { ok: false, message: t("invalid") };
  const result = await refuseAppError(() => moveSubmissionToVersion(user, parsed.data.id, parsed.data.target), refusals);
  return result.ok ? result : { ok: false, message: t(result.reason) };
}

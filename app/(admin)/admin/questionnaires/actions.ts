"use server";
import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { keySchema } from "@/lib/questionnaire/schema";
import type { ValidationIssue } from "@/lib/questionnaire/validate";
import { createDraftFromVersion, discardDraft, publishDraft, saveDraft } from "@/lib/server/services/questionnaire-admin";
import { refuseAppError } from "@/lib/server/actions";
import { renderMessage } from "@/lib/i18n/message";

/** Issues with their message in the administrator's language. */
export interface IssueView {
  path: string;
  message: string;
}

export type ActionResult<T = object> = ({ ok: true } & T) | { ok: false; message: string; issues?: IssueView[] };

const revisionSchema = z.number().int().min(0);

async function issuesIn(issues: ValidationIssue[]): Promise<IssueView[]> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations()]);
  return issues.map((i) => ({ path: i.path, message: renderMessage(i.message, t, locale) }));
}

/** Every action checks the session and the permission itself; the service checks again. */
async function editor() {
  return requirePermission("update:questionnaire:any", undefined, "api");
}

export async function saveDraftAction(careType: unknown, definition: unknown, revision: unknown): Promise<ActionResult<{ revision: number }>> {
  const user = await editor();
  const t = await getTranslations("editor.errors");
  const key = keySchema.safeParse(careType);
  const rev = revisionSchema.safeParse(revision);
  if (!key.success || !rev.success) return { ok: false, message: t("invalidRequest") };
  const result = await saveDraft(user, key.data, definition, rev.data);
  if (result.ok) return result;
  if (result.reason === "invalid") return { ok: false, message: t("invalidDraft"), issues: await issuesIn(result.issues) };
  return { ok: false, message: t(result.reason) };
}

export async function publishDraftAction(careType: unknown, revision: unknown): Promise<ActionResult<{ number: number }>> {
  const user = await editor();
  const t = await getTranslations("editor.errors");
  const key = keySchema.safeParse(careType);
  const rev = revisionSchema.safeParse(revision);
  if (!key.success || !rev.success) return { ok: false, message: t("invalidRequest") };
  const result = await publishDraft(user, key.data, rev.data);
  if (result.ok) return result;
  if (result.reason === "invalid") return { ok: false, message: t("notPublishable"), issues: await issuesIn(result.issues) };
  return { ok: false, message: t(result.reason) };
}

export async function discardDraftAction(careType: unknown, revision: unknown): Promise<ActionResult> {
  const user = await editor();
  const t = await getTranslations("editor.errors");
  const key = keySchema.safeParse(careType);
  const rev = revisionSchema.safeParse(revision);
  if (!key.success || !rev.success) return { ok: false, message: t("invalidRequest") };
  const result = await discardDraft(user, key.data, rev.data);
  return result.ok ? result : { ok: false, message: t(result.reason) };
}

const copySchema = z.object({ careType: keySchema, number: z.coerce.number().int().positive(), shift: z.boolean() });

export async function createDraftAction(input: unknown): Promise<ActionResult<{ number: number }>> {
  const user = await editor();
  const t = await getTranslations("editor.errors");
  const parsed = copySchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: t("invalidRequest") };
  const { careType, number, shift } = parsed.data;
  const result = await refuseAppError(
    () => createDraftFromVersion(user, careType, number, { shiftYears: shift ? 1 : 0 }),
    { notFound: null },
  );
  if (!result) return { ok: false, message: t("notFound") };
  if (result.ok) return { ok: true, number: result.number };
  return { ok: false, message: result.reason === "invalid" ? t("invalidRequest") : t(result.reason) };
}

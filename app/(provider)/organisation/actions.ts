"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { env } from "@/lib/env";
import { formField } from "@/lib/validation/form-data";
import { orRefusal } from "@/lib/server/actions";
import { requireRole } from "@/lib/server/auth/session";
import { inviteColleague, revokeInvitation } from "@/lib/server/services/colleagues";
import { fieldErrors, invitationSchema } from "@/lib/validation/account";

export type InviteState = { ok: true; link: string } | { ok: false; fieldErrors: Record<string, string> };

export async function inviteColleagueAction(input: unknown): Promise<InviteState> {
  const user = await requireRole(["PROVIDER"], "api");
  const parsed = invitationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  const result = await orRefusal(() => inviteColleague(user, parsed.data));
  if (!result.ok) return result;
  revalidatePath("/organisation");
  return { ok: true, link: `${env.publicUrl}/invite/${result.token}` };
}

export async function revokeInvitationAction(formData: FormData): Promise<void> {
  const user = await requireRole(["PROVIDER"], "api");
  const id = z.string().min(1).max(100).safeParse(formField(formData, "invitationId"));
  if (id.success) await orRefusal(() => revokeInvitation(user, id.data));
  revalidatePath("/organisation");
}

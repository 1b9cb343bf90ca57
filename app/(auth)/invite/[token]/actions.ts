"use server";
import { acceptInvitation } from "@/lib/server/services/colleagues";
import { acceptInvitationSchema, fieldErrors } from "@/lib/validation/account";

export type AcceptState = { ok: true; email: string } | { ok: false; fieldErrors?: Record<string, string>; invalid?: boolean };

/** Anyone holding a valid invitation link may create their account with it, once. */
export async function acceptInvitationAction(token: unknown, input: unknown): Promise<AcceptState> {
  if (typeof token !== "string") return { ok: false, invalid: true };
  const parsed = acceptInvitationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  const result = await acceptInvitation(token, parsed.data);
  if (result.ok) return result;
  return "reason" in result ? { ok: false, invalid: true } : { ok: false, fieldErrors: result.fieldErrors };
}

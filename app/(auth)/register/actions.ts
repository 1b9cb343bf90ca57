"use server";
import { headers } from "next/headers";
import { fieldErrors, registrationSchema } from "@/lib/validation/account";
import { registerProvider } from "@/lib/server/services/accounts";
import { clientIp } from "@/lib/server/request";

export type RegisterState = { ok: true } | { ok: false; fieldErrors: Record<string, string> };

/** Anyone may register a provider organisation; the input is validated again here, never trusted. */
export async function registerAction(input: unknown): Promise<RegisterState> {
  const parsed = registrationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  const result = await registerProvider(parsed.data, clientIp(await headers()));
  return result.ok ? { ok: true } : result;
}

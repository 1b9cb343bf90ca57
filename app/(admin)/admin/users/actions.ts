"use server";
import { headers } from "next/headers";
import { z } from "zod";
import { fieldErrors } from "@/lib/validation/account";
import { changeOrganisationSchema, changePurchaserSchema, createUserSchema, organisationQuerySchema, userIdSchema } from "@/lib/validation/users";
import { requirePermission } from "@/lib/server/auth/session";
import { clientIp } from "@/lib/server/request";
import { refuseAppError } from "@/lib/server/actions";
import {
  changeOrganisation,
  changePurchaser,
  createStaffUser,
  resetPassword,
  searchOrganisations,
  setUserActive,
  type CreateUserResult,
} from "@/lib/server/services/users";

// Every action checks the session and the permission itself and validates its input again:
// the browser is never trusted. Errors are message keys the forms translate.

type Failure = { ok: false; message: string };

const notFound: Failure = { ok: false, message: "users.errors.notFound" };

async function admin() {
  const user = await requirePermission("manage:user:any");
  return { user, ip: clientIp(await headers()) };
}

/** The user may have been removed since the page was loaded. */
async function orNotFound<T>(run: () => Promise<T>): Promise<T | Failure> {
  return refuseAppError(run, { notFound });
}

export async function createUserAction(input: unknown): Promise<CreateUserResult> {
  const { user, ip } = await admin();
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  return createStaffUser(user, parsed.data, ip);
}

const setActiveInput = z.object({ userId: userIdSchema, active: z.boolean() });

export async function setUserActiveAction(userId: unknown, active: unknown): Promise<{ ok: true } | Failure> {
  const { user, ip } = await admin();
  const parsed = setActiveInput.safeParse({ userId, active });
  if (!parsed.success) return notFound;
  return orNotFound(async () => {
    const result = await setUserActive(user, parsed.data.userId, parsed.data.active, ip);
    return result.ok ? result : { ok: false as const, message: `users.errors.${result.reason}` };
  });
}

export async function resetPasswordAction(userId: unknown): Promise<{ ok: true; password: string } | Failure> {
  const { user, ip } = await admin();
  const parsed = userIdSchema.safeParse(userId);
  if (!parsed.success) return notFound;
  return orNotFound(async () => ({ ok: true as const, ...(await resetPassword(user, parsed.data, ip)) }));
}

export async function changeOrganisationAction(
  input: unknown,
): Promise<{ ok: true } | Failure | { ok: false; fieldErrors: Record<string, string> }> {
  const { user, ip } = await admin();
  const parsed = changeOrganisationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  return orNotFound(async () => {
    const result = await changeOrganisation(user, parsed.data, ip);
    if (result.ok || "fieldErrors" in result) return result;
    return { ok: false as const, message: `users.errors.${result.reason}` };
  });
}

export async function changePurchaserAction(
  input: unknown,
): Promise<{ ok: true } | Failure | { ok: false; fieldErrors: Record<string, string> }> {
  const { user, ip } = await admin();
  const parsed = changePurchaserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  return orNotFound(async () => {
    const result = await changePurchaser(user, parsed.data, ip);
    if (result.ok || "fieldErrors" in result) return result;
    return { ok: false as const, message: `users.errors.${result.reason}` };
  });
}

export async function searchOrganisationsAction(query: unknown) {
  const { user } = await admin();
  const parsed = organisationQuerySchema.safeParse(query);
  return parsed.success ? searchOrganisations(user, parsed.data) : [];
}

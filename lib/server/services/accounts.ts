import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Registration } from "@/lib/validation/account";
import { db } from "../db";
import { audit } from "../audit";
import { weakPassword } from "@/lib/auth/password-strength";
import { hashPassword } from "../auth/password";

export type RegisterResult =
  | { ok: true; userId: string; organisationId: string }
  | { ok: false; fieldErrors: Record<string, string> };

/**
 * A new provider organisation with its first user, who is its authorised signatory (tekenbevoegd).
 * Uniqueness is checked first for friendly messages and enforced by the database for races.
 */
export async function registerProvider(input: Registration, ip: string | null): Promise<RegisterResult> {
  const [emailTaken, kvkTaken] = await Promise.all([
    db.user.findUnique({ where: { email: input.email }, select: { id: true } }),
    db.organisation.findUnique({ where: { kvkNumber: input.kvkNumber }, select: { id: true } }),
  ]);
  const fieldErrors: Record<string, string> = {};
  if (emailTaken) fieldErrors.email = "validation.emailTaken";
  if (kvkTaken) fieldErrors.kvkNumber = "validation.kvkTaken";
  const weak = weakPassword(input.password, [input.name, input.email, input.organisationName]);
  if (weak) fieldErrors.password = weak;
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };

  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const organisation = await tx.organisation.create({
        data: {
          name: input.organisationName,
          kvkNumber: input.kvkNumber,
          agbCode: input.agbCode || null,
          region: input.region,
        },
      });
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          role: "PROVIDER",
          membership: { create: { organisationId: organisation.id, signatory: true } },
        },
      });
      await audit(
        {
          actor: user,
          action: "organisation.registered",
          entityType: "organisation",
          entityId: organisation.id,
          organisationId: organisation.id,
          details: { name: organisation.name, kvkNumber: organisation.kvkNumber },
          ip,
        },
        tx,
      );
      return { ok: true as const, userId: user.id, organisationId: organisation.id };
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const target = String((e.meta?.target as string[] | string | undefined) ?? "");
      return { ok: false, fieldErrors: target.includes("kvk") ? { kvkNumber: "validation.kvkTaken" } : { email: "validation.emailTaken" } };
    }
    throw e;
  }
}

import "server-only";
import { Prisma, type Role } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import type { ChangeOrganisation, ChangePurchaser, CreateUser, UserFilters } from "@/lib/validation/users";
import type { CurrentUser } from "../auth/session";
import { weakPassword } from "@/lib/auth/password-strength";
import { generatePassword, hashPassword } from "../auth/password";
import { audit } from "../audit";
import { db } from "../db";
import { AppError } from "@/lib/errors";

export const USERS_PAGE_SIZE = 25;

/** Every function here re-checks the permission: pages and actions check it too, but never alone. */
function assertUserManager(actor: CurrentUser) {
  if (!can(actor, "manage:user:any")) throw new AppError("forbidden");
}

const userSummary = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  lastLoginAt: true,
  createdAt: true,
  membership: { select: { signatory: true, organisation: { select: { id: true, name: true, kvkNumber: true } } } },
  purchaser: { select: { id: true, name: true } },
} satisfies Prisma.UserSelect;

export async function listUsers(actor: CurrentUser, filters: UserFilters, page: number) {
  assertUserManager(actor);
  const where: Prisma.UserWhereInput = {
    ...(filters.q
      ? { OR: [{ name: { contains: filters.q, mode: "insensitive" } }, { email: { contains: filters.q.toLowerCase() } }] }
      : {}),
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.status ? { active: filters.status === "active" } : {}),
  };
  const total = await db.user.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const rows = await db.user.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (current - 1) * USERS_PAGE_SIZE,
    take: USERS_PAGE_SIZE,
    select: userSummary,
  });
  return { rows, total, page: current, pageCount };
}

export async function getUser(actor: CurrentUser, id: string) {
  assertUserManager(actor);
  const user = await db.user.findUnique({ where: { id }, select: userSummary });
  if (!user) throw new AppError("notFound");
  return user;
}

/** Active users per role, for the administration overview. */
export async function activeUserCounts(actor: CurrentUser): Promise<Record<Role, number>> {
  assertUserManager(actor);
  const groups = await db.user.groupBy({ by: ["role"], where: { active: true }, _count: { _all: true } });
  const counts: Record<Role, number> = { PROVIDER: 0, OFFICER: 0, ADMIN: 0 };
  for (const g of groups) counts[g.role] = g._count._all;
  return counts;
}

export type CreateUserResult =
  | { ok: true; userId: string; generatedPassword: string | null }
  | { ok: false; fieldErrors: Record<string, string> };

/**
 * An officer or administrator account. A generated password is returned once, to be shown to the
 * administrator who hands it over; only its hash is stored.
 */
export async function createStaffUser(actor: CurrentUser, input: CreateUser, ip: string | null): Promise<CreateUserResult> {
  assertUserManager(actor);
  const taken = { ok: false as const, fieldErrors: { email: "validation.emailTaken" } };
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) return taken;
  if (input.passwordMode === "set") {
    const weak = weakPassword(input.password, [input.name, input.email]);
    if (weak) return { ok: false, fieldErrors: { password: weak } };
  }
  // An officer works for one purchaser; an administrator created here is a platform administrator.
  const purchaser =
    input.role === "OFFICER" ? await db.purchaser.findUnique({ where: { id: input.purchaserId }, select: { id: true, name: true } }) : null;
  if (input.role === "OFFICER" && !purchaser) return { ok: false, fieldErrors: { purchaserId: "users.errors.purchaserRequired" } };
  const generatedPassword = input.passwordMode === "generate" ? generatePassword() : null;
  const passwordHash = await hashPassword(generatedPassword ?? input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: input.email, name: input.name, role: input.role, purchaserId: purchaser?.id ?? null, passwordHash } });
      await audit(
        {
          actor,
          action: "user.created",
          entityType: "user",
          entityId: user.id,
          details: {
            email: user.email,
            name: user.name,
            role: user.role,
            ...(purchaser ? { purchaser: purchaser.name } : {}),
            passwordGenerated: generatedPassword !== null,
          },
          ip,
        },
        tx,
      );
      return { ok: true as const, userId: user.id, generatedPassword };
    });
  } catch (e) {
    // Someone else took the address between the check and the insert.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return taken;
    throw e;
  }
}

/** The user's role, e-mail address and organisation: none of these change in a deactivation or reset. */
async function findTarget(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, role: true, membership: { select: { organisationId: true } } },
  });
  if (!user) throw new AppError("notFound");
  return user;
}

export type SetActiveResult = { ok: true } | { ok: false; reason: "lastAdmin" };

/**
 * Deactivates or reactivates an account. Deactivation bumps the session version, so the user's open
 * sessions end at their next request. The last active administrator cannot be deactivated: checked
 * inside the write transaction with the administrators' rows locked, so two administrators
 * deactivating each other at the same moment cannot both succeed.
 */
export async function setUserActive(actor: CurrentUser, userId: string, active: boolean, ip: string | null): Promise<SetActiveResult> {
  assertUserManager(actor);
  const target = await findTarget(userId);
  return db.$transaction(async (tx) => {
    // One statement, one order (by id): concurrent changes wait for each other instead of deadlocking.
    const locked =
      target.role === "ADMIN"
        ? await tx.$queryRaw<{ id: string; active: boolean }[]>`
            SELECT id, active FROM "User" WHERE role = 'ADMIN' AND (active OR id = ${userId}) ORDER BY id FOR UPDATE`
        : await tx.$queryRaw<{ id: string; active: boolean }[]>`SELECT id, active FROM "User" WHERE id = ${userId} FOR UPDATE`;
    const row = locked.find((r) => r.id === userId);
    if (!row) throw new AppError("notFound");
    if (row.active === active) return { ok: true as const };
    if (!active && target.role === "ADMIN" && locked.filter((r) => r.active).length <= 1) {
      return { ok: false as const, reason: "lastAdmin" as const };
    }
    await tx.user.update({
      where: { id: userId },
      data: active ? { active: true } : { active: false, sessionVersion: { increment: 1 } },
    });
    await audit(
      {
        actor,
        action: active ? "user.reactivated" : "user.deactivated",
        entityType: "user",
        entityId: userId,
        organisationId: target.membership?.organisationId,
        details: { email: target.email, role: target.role },
        ip,
      },
      tx,
    );
    return { ok: true as const };
  });
}

/**
 * Gives the user a new temporary password, returned once for the administrator to hand over. The
 * old password stops working and open sessions end (session version bumped); earlier failed logins
 * are forgotten, so a locked-out user can log in with the new password at once.
 */
export async function resetPassword(actor: CurrentUser, userId: string, ip: string | null): Promise<{ password: string }> {
  assertUserManager(actor);
  const target = await findTarget(userId);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.loginAttempt.deleteMany({ where: { email: target.email, success: false } });
    await audit(
      {
        actor,
        action: "user.passwordReset",
        entityType: "user",
        entityId: userId,
        organisationId: target.membership?.organisationId,
        details: { email: target.email },
        ip,
      },
      tx,
    );
  });
  return { password };
}

export type ChangePurchaserResult = { ok: true } | { ok: false; reason: "notOfficer" } | { ok: false; fieldErrors: Record<string, string> };

/** Moves an officer to another purchaser: from their next request they see that purchaser's submissions only. */
export async function changePurchaser(actor: CurrentUser, input: ChangePurchaser, ip: string | null): Promise<ChangePurchaserResult> {
  assertUserManager(actor);
  return db.$transaction(async (tx) => {
    // Locked so that the "from" in the audit entry is the purchaser this change replaced.
    const [user] = await tx.$queryRaw<{ role: Role; purchaserId: string | null }[]>`SELECT role, "purchaserId" FROM "User" WHERE id = ${input.userId} FOR UPDATE`;
    if (!user) throw new AppError("notFound");
    if (user.role !== "OFFICER") return { ok: false as const, reason: "notOfficer" as const };
    const purchaser = await tx.purchaser.findUnique({ where: { id: input.purchaserId }, select: { id: true, name: true } });
    if (!purchaser) return { ok: false as const, fieldErrors: { purchaserId: "users.errors.purchaserRequired" } };
    if (user.purchaserId === purchaser.id) return { ok: true as const };
    const before = user.purchaserId ? await tx.purchaser.findUnique({ where: { id: user.purchaserId }, select: { id: true, name: true } }) : null;
    await tx.user.update({ where: { id: input.userId }, data: { purchaserId: purchaser.id } });
    await audit(
      { actor, action: "user.purchaserChanged", entityType: "user", entityId: input.userId, details: { from: before, to: purchaser }, ip },
      tx,
    );
    return { ok: true as const };
  });
}

export type ChangeOrganisationResult =
  | { ok: true }
  | { ok: false; reason: "notProvider" }
  | { ok: false; fieldErrors: Record<string, string> };

/** Moves a provider user to another organisation and/or changes their signatory flag (tekenbevoegd). */
export async function changeOrganisation(actor: CurrentUser, input: ChangeOrganisation, ip: string | null): Promise<ChangeOrganisationResult> {
  assertUserManager(actor);
  return db.$transaction(async (tx) => {
    // Locked so that the "from" in the audit entry is the membership this change replaced.
    const [user] = await tx.$queryRaw<{ role: Role }[]>`SELECT role FROM "User" WHERE id = ${input.userId} FOR UPDATE`;
    if (!user) throw new AppError("notFound");
    if (user.role !== "PROVIDER") return { ok: false as const, reason: "notProvider" as const };
    const organisation = await tx.organisation.findUnique({
      where: { id: input.organisationId },
      select: { id: true, name: true, kvkNumber: true },
    });
    if (!organisation) return { ok: false as const, fieldErrors: { organisationId: "users.errors.organisationNotFound" } };
    const before = await tx.membership.findUnique({
      where: { userId: input.userId },
      select: { signatory: true, organisation: { select: { id: true, name: true, kvkNumber: true } } },
    });
    if (before?.organisation.id === organisation.id && before.signatory === input.signatory) return { ok: true as const };
    const data = { organisationId: organisation.id, signatory: input.signatory };
    await tx.membership.upsert({ where: { userId: input.userId }, create: { userId: input.userId, ...data }, update: data });
    await audit(
      {
        actor,
        action: "user.organisationChanged",
        entityType: "user",
        entityId: input.userId,
        organisationId: organisation.id,
        details: {
          from: before ? { ...before.organisation, signatory: before.signatory } : null,
          to: { ...organisation, signatory: input.signatory },
        },
        ip,
      },
      tx,
    );
    return { ok: true as const };
  });
}

/** Organisations by name or KvK number (its first digits), for choosing a provider user's organisation. */
export async function searchOrganisations(actor: CurrentUser, query: string) {
  assertUserManager(actor);
  const digits = query.replace(/\s+/g, "");
  return db.organisation.findMany({
    where: query
      ? {
          OR: [
            { name: { contains: query, mode: "insensitive" } },
            ...(/^\d{1,8}$/.test(digits) ? [{ kvkNumber: { startsWith: digits } }] : []),
          ],
        }
      : {},
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 20,
    select: { id: true, name: true, kvkNumber: true },
  });
}

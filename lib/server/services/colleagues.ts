import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import type { AcceptInvitationInput } from "@/lib/validation/account";
import type { CurrentUser } from "../auth/session";
import { weakPassword } from "@/lib/auth/password-strength";
import { hashPassword } from "../auth/password";
import { db } from "../db";
import { audit } from "../audit";
import { AppError } from "@/lib/errors";

const INVITATION_DAYS = 14;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Colleagues and open invitations of the user's own organisation. */
export async function listColleagues(user: CurrentUser) {
  if (user.role !== "PROVIDER" || !user.organisationId) throw new AppError("forbidden");
  const [members, invitations] = await Promise.all([
    db.membership.findMany({
      where: { organisationId: user.organisationId },
      include: { user: { select: { id: true, name: true, email: true, active: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.invitation.findMany({
      where: { organisationId: user.organisationId, acceptedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return { members, invitations };
}

export type InviteResult = { ok: true; token: string } | { ok: false; fieldErrors: Record<string, string> };

/**
 * Invites a colleague by e-mail address. The link carries a random token; only its hash is stored.
 * The portal sends no e-mail itself: the signatory passes the link on.
 */
export async function inviteColleague(user: CurrentUser, input: { email: string; signatory: boolean }): Promise<InviteResult> {
  if (!user.organisationId || !can(user, "invite:colleague:own", { organisationId: user.organisationId })) throw new AppError("forbidden");
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return { ok: false, fieldErrors: { email: "validation.emailTaken" } };
  }
  const token = randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    // A new invitation replaces an open one for the same address.
    await tx.invitation.deleteMany({ where: { organisationId: user.organisationId!, email: input.email, acceptedAt: null } });
    const invitation = await tx.invitation.create({
      data: {
        organisationId: user.organisationId!,
        email: input.email,
        signatory: input.signatory,
        tokenHash: hashToken(token),
        invitedById: user.id,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      },
    });
    await audit(
      { actor: user, action: "colleague.invited", entityType: "invitation", entityId: invitation.id, organisationId: user.organisationId, details: { email: input.email, signatory: input.signatory } },
      tx,
    );
  });
  return { ok: true, token };
}

export async function revokeInvitation(user: CurrentUser, invitationId: string): Promise<void> {
  if (!user.organisationId || !can(user, "invite:colleague:own", { organisationId: user.organisationId })) throw new AppError("forbidden");
  const deleted = await db.invitation.deleteMany({ where: { id: invitationId, organisationId: user.organisationId, acceptedAt: null } });
  if (deleted.count) {
    await audit({ actor: user, action: "colleague.invitationRevoked", entityType: "invitation", entityId: invitationId, organisationId: user.organisationId });
  }
}

/** An open invitation by its token, or null (unknown, used or expired). */
export async function findInvitation(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { organisation: { select: { name: true } } } });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt <= new Date()) return null;
  return invitation;
}

export type AcceptResult = { ok: true; email: string } | { ok: false; reason: "invalid" } | { ok: false; fieldErrors: Record<string, string> };

/** Creates the colleague's account in the inviting organisation; the token works once. */
export async function acceptInvitation(token: string, input: Omit<AcceptInvitationInput, "passwordConfirm"> & { name: string }): Promise<AcceptResult> {
  const invitation = await findInvitation(token);
  if (!invitation) return { ok: false, reason: "invalid" };
  const weak = weakPassword(input.password, [input.name, invitation.email, invitation.organisation.name]);
  if (weak) return { ok: false, fieldErrors: { password: weak } };
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ acceptedAt: Date | null }[]>`
        SELECT "acceptedAt" FROM "Invitation" WHERE id = ${invitation.id} FOR UPDATE`;
      if (!locked || locked.acceptedAt) return { ok: false as const, reason: "invalid" as const };
      const user = await tx.user.create({
        data: {
          email: invitation.email,
          name: input.name,
          passwordHash,
          role: "PROVIDER",
          membership: { create: { organisationId: invitation.organisationId, signatory: invitation.signatory } },
        },
      });
      await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
      await audit(
        { actor: user, action: "colleague.joined", entityType: "user", entityId: user.id, organisationId: invitation.organisationId, details: { invitationId: invitation.id } },
        tx,
      );
      return { ok: true as const, email: user.email };
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return { ok: false, fieldErrors: { email: "validation.emailTaken" } };
    throw e;
  }
}

import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect, unauthorized } from "next/navigation";
import { can, type Actor, type Permission, type Role } from "@/lib/auth/permissions";
import { db } from "../db";
import { authOptions } from "./options";

export interface CurrentUser extends Actor {
  id: string;
  email: string;
  name: string;
  locale: string;
}

/**
 * The signed-in user, re-read from the database on every request: a deactivated user, a session
 * from before a password reset or one that was logged out is refused at once, whatever the cookie says.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id || !session.user.sessionId) return null;
  const user = await db.user.findUnique({
    where: { id: session.user.id },
    include: { membership: true, sessions: { where: { id: session.user.sessionId, revokedAt: null, expiresAt: { gt: new Date() } }, select: { id: true } } },
  });
  if (!user || !user.active || user.sessionVersion !== session.user.sessionVersion || user.sessions.length === 0) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    role: user.role as Role,
    organisationId: user.membership?.organisationId ?? null,
    signatory: user.membership?.signatory ?? false,
    purchaserId: user.purchaserId,
  };
});

type Mode = "page" | "api";

/** Pages send anonymous visitors to the login page; actions and routes answer 401. */
export async function requireUser(mode: Mode = "page"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    if (mode === "api") unauthorized();
    redirect("/login");
  }
  return user;
}

export async function requireRole(roles: readonly Role[], mode: Mode = "page"): Promise<CurrentUser> {
  const user = await requireUser(mode);
  if (!roles.includes(user.role)) forbidden();
  return user;
}

/** For `own` permissions pass the record: its organisation is checked against the user's. */
export async function requirePermission(
  permission: Permission,
  record?: { organisationId: string },
  mode: Mode = "api",
): Promise<CurrentUser> {
  const user = await requireUser(mode);
  if (!can(user, permission, record)) forbidden();
  return user;
}

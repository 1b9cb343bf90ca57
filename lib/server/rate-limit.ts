import "server-only";
import { env } from "@/lib/env";
import { db } from "./db";

/**
 * Login throttling kept in PostgreSQL, so it holds across every app instance behind a load balancer.
 * Failed attempts in a sliding window are counted per account and per client address.
 */
export const LOGIN_LIMITS = {
  windowMinutes: 15,
  perAccount: 5,
  /** Higher behind a shared office NAT; the end-to-end tests raise it, as all their users share 127.0.0.1. */
  perAddress: env.LOGIN_LIMIT_PER_ADDRESS,
} as const;

export async function isLoginBlocked(email: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000);
  const [byAccount, byAddress] = await Promise.all([
    db.loginAttempt.count({ where: { email, success: false, at: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, success: false, at: { gte: since } } }),
  ]);
  return byAccount >= LOGIN_LIMITS.perAccount || byAddress >= LOGIN_LIMITS.perAddress;
}

export async function recordLoginAttempt(email: string, ip: string, success: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { email, ip, success } });
  if (success) {
    // A successful login clears the account's failures, so a user who finally remembers is not locked out later.
    await db.loginAttempt.deleteMany({ where: { email, success: false } });
  }
}

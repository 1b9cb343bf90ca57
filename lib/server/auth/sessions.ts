import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "../db";

/** How long a session lives: the cookie's maxAge, and the row's expiry. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Records a new signed-in device and returns its id (for the session cookie); drops the user's expired rows. */
export async function startSession(userId: string): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  const now = Date.now();
  await db.$transaction([
    db.userSession.deleteMany({ where: { userId, expiresAt: { lt: new Date(now) } } }),
    db.userSession.create({ data: { id, userId, expiresAt: new Date(now + SESSION_MAX_AGE_SECONDS * 1000) } }),
  ]);
  return id;
}

/** Logging out: this device's session is refused from now on, whatever its cookie says. */
export async function endSession(sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { loginSchema } from "@/lib/validation/account";
import type { Role } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { db } from "../db";
import { audit } from "../audit";
import { isLoginBlocked, recordLoginAttempt } from "../rate-limit";
import { clientIp } from "../request";
import { dummyPasswordHash, verifyPassword } from "./password";
import { SESSION_MAX_AGE_SECONDS, endSession, startSession } from "./sessions";

/** Sign-in error codes the login page translates. Unknown e-mail and wrong password share one. */
export const LOGIN_ERRORS = { invalid: "CredentialsSignin", rateLimited: "RateLimited" } as const;

export const authOptions: NextAuthOptions = {
  // JWT sessions: credentials sign-in requires them. Each request re-checks the user in the database.
  // Each sign-in is also a row in UserSession (its id in the token), so logging out ends it on the server.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  // Secure (https-only) cookies whenever the portal is served over https, as in any real deployment.
  useSecureCookies: env.isProduction && env.publicUrl.startsWith("https://"),
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = loginSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error(LOGIN_ERRORS.invalid);
        const { email, password } = parsed.data;
        const ip = clientIp(req.headers ?? {});

        if (await isLoginBlocked(email, ip)) {
          await audit({ action: "login.blocked", entityType: "user", details: { email }, ip });
          throw new Error(LOGIN_ERRORS.rateLimited);
        }
        const user = await db.user.findUnique({ where: { email }, include: { membership: true } });
        const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
        if (!user || !ok || !user.active) {
          await recordLoginAttempt(email, ip, false);
          await audit({ action: "login.failed", entityType: "user", entityId: user?.id, details: { email }, ip });
          throw new Error(LOGIN_ERRORS.invalid);
        }
        await recordLoginAttempt(email, ip, true);
        await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        await audit({
          actor: user,
          action: "login.succeeded",
          entityType: "user",
          entityId: user.id,
          organisationId: user.membership?.organisationId,
          ip,
        });
        return {
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role as Role,
          organisationId: user.membership?.organisationId ?? null,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sid = await startSession(user.id);
        token.uid = user.id;
        token.role = user.role;
        token.organisationId = user.organisationId;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.uid,
        role: token.role,
        organisationId: token.organisationId,
        sessionVersion: token.sessionVersion,
        sessionId: token.sid,
      };
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await endSession(token.sid);
    },
  },
};

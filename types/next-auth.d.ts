import type { Role } from "@/lib/auth/permissions";

declare module "next-auth" {
  interface User {
    id: string;
    role: Role;
    organisationId: string | null;
    sessionVersion: number;
  }
  interface Session {
    user: {
      id: string;
      role: Role;
      organisationId: string | null;
      sessionVersion: number;
      /** The UserSession row of this device; absent only in cookies from before sessions were recorded. */
      sessionId?: string;
      name?: string | null; email?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: Role;
    organisationId: string | null;
    sessionVersion: number;
    sid?: string;
  }
}

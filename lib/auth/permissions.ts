/**
 * Who may do what, named as `action:entity:scope` (after the Epic Stack). Pure: the server guards
 * (lib/server/auth) combine these with the session and the record's organisation.
 */
export const ROLES = ["PROVIDER", "OFFICER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  | "read:submission:own"
  | "update:submission:own"
  | "submit:submission:own"
  | "invite:colleague:own"
  | "read:submission:any"
  | "review:submission:any"
  | "read:report:any"
  | "update:questionnaire:any"
  | "manage:user:any"
  | "read:audit:any";

const GRANTS: Record<Role, readonly Permission[]> = {
  PROVIDER: ["read:submission:own", "update:submission:own", "submit:submission:own", "invite:colleague:own"],
  OFFICER: ["read:submission:any", "review:submission:any", "read:report:any"],
  ADMIN: [
    "read:submission:any",
    "read:report:any",
    "update:questionnaire:any",
    "manage:user:any",
    "read:audit:any",
  ],
};

export interface Actor {
  role: Role;
  organisationId: string | null;
  signatory: boolean;
}

/** `own` permissions need the record's organisation to be the actor's. */
export function can(actor: Actor, permission: Permission, record?: { organisationId: string }): boolean {
  if (!GRANTS[actor.role].includes(permission)) return false;
  if (permission.endsWith(":own")) {
    if (!record || !actor.organisationId || record.organisationId !== actor.organisationId) return false;
    // Submitting and inviting colleagues are for authorised signatories (tekenbevoegden) only.
    if ((permission === "submit:submission:own" || permission === "invite:colleague:own") && !actor.signatory) return false;
  }
  return true;
}

/** Where each role lands after logging in. */
export const HOME_BY_ROLE: Record<Role, string> = {
  PROVIDER: "/dashboard",
  OFFICER: "/review",
  ADMIN: "/admin",
};

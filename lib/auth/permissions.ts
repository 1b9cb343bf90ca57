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
  /** The purchaser an officer works for; null for providers and platform administrators. */
  purchaserId: string | null;
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

/**
 * Whose submissions a buyer-side user may see: an officer only its own purchaser's (nothing without
 * one), a platform administrator (no purchaser) every purchaser's. Services filter every query by it.
 */
export type PurchaserScope = { all: true } | { all: false; purchaserId: string | null };

export function purchaserScope(actor: Actor): PurchaserScope {
  if (actor.role === "ADMIN" && actor.purchaserId === null) return { all: true };
  return { all: false, purchaserId: actor.purchaserId };
}

/** Whether the actor's scope covers a questionnaire of this purchaser. */
export function inPurchaserScope(actor: Actor, purchaserId: string): boolean {
  const scope = purchaserScope(actor);
  return scope.all || scope.purchaserId === purchaserId;
}

/** Where each role lands after logging in. */
export const HOME_BY_ROLE: Record<Role, string> = {
  PROVIDER: "/dashboard",
  OFFICER: "/review",
  ADMIN: "/admin",
};

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, fixturePurchaserId, unique } from "./db";
import type { CurrentUser } from "@/lib/server/auth/session";
import type { Role } from "@/lib/auth/permissions";
import { verifyPassword, hashPassword } from "@/lib/server/auth/password";
import {
  USERS_PAGE_SIZE,
  changeOrganisation,
  changePurchaser,
  createStaffUser,
  listUsers,
  resetPassword,
  searchOrganisations,
  setUserActive,
} from "@/lib/server/services/users";
import { createUserSchema } from "@/lib/validation/users";
import { appError } from "./app-error";

async function makeUser(role: Role, organisationId: string | null = null, password = "not-used"): Promise<CurrentUser> {
  const { email } = unique();
  const user = await db.user.create({
    data: {
      email,
      name: `${role} ${email}`,
      passwordHash: password === "not-used" ? password : await hashPassword(password),
      role,
      ...(organisationId ? { membership: { create: { organisationId, signatory: false } } } : {}),
    },
  });
  return { id: user.id, email: user.email, name: user.name, locale: "nl", role, organisationId, signatory: false, purchaserId: null };
}

async function makeOrganisation(name = "Zorggroep Test") {
  return db.organisation.create({ data: { name, kvkNumber: unique().kvk, region: "utrecht" } });
}

let purchaserId: string;
const staff = (overrides: Partial<Record<string, string>> = {}) =>
  createUserSchema.parse({ name: "Nieuwe Inkoper", email: unique().email, role: "OFFICER", purchaserId, passwordMode: "generate", password: "", ...overrides });

let admin: CurrentUser;
let otherAdmins: string[] = [];

beforeAll(async () => {
  // The "last administrator" rules count every active administrator in the database: park the ones
  // other test files made, so these tests decide how many there are, and bring them back afterwards.
  otherAdmins = (await db.user.findMany({ where: { role: "ADMIN", active: true }, select: { id: true } })).map((u) => u.id);
  await db.user.updateMany({ where: { id: { in: otherAdmins } }, data: { active: false } });
  admin = await makeUser("ADMIN");
  purchaserId = await fixturePurchaserId();
});

afterAll(async () => {
  await db.user.updateMany({ where: { id: { in: otherAdmins } }, data: { active: true } });
});

describe("permissions", () => {
  it("refuses providers and officers in every service function", async () => {
    const organisation = await makeOrganisation();
    for (const actor of [await makeUser("PROVIDER", organisation.id), await makeUser("OFFICER")]) {
      await expect(createStaffUser(actor, staff(), null)).rejects.toSatisfy(appError("forbidden"));
      await expect(setUserActive(actor, admin.id, false, null)).rejects.toSatisfy(appError("forbidden"));
      await expect(resetPassword(actor, admin.id, null)).rejects.toSatisfy(appError("forbidden"));
      await expect(changeOrganisation(actor, { userId: actor.id, organisationId: organisation.id, signatory: true }, null)).rejects.toSatisfy(appError("forbidden"));
      await expect(listUsers(actor, { q: "", role: "", status: "" }, 1)).rejects.toSatisfy(appError("forbidden"));
      await expect(searchOrganisations(actor, "")).rejects.toSatisfy(appError("forbidden"));
      await expect(changePurchaser(actor, { userId: actor.id, purchaserId }, null)).rejects.toSatisfy(appError("forbidden"));
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).active).toBe(true);
  });
});

describe("createStaffUser", () => {
  it("creates an officer with a generated password returned once, stored only as a hash, and audits it", async () => {
    const input = staff();
    const result = await createStaffUser(admin, input, "10.0.0.1");
    if (!result.ok) throw new Error("refused");
    expect(result.generatedPassword).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
    const user = await db.user.findUniqueOrThrow({ where: { id: result.userId } });
    expect(user).toMatchObject({ email: input.email, role: "OFFICER", active: true, purchaserId });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, result.generatedPassword!)).toBe(true);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "user.created", entityId: user.id } });
    expect(log).toMatchObject({ actorId: admin.id, actorEmail: admin.email, ip: "10.0.0.1" });
    expect(log.details).toMatchObject({ email: input.email, role: "OFFICER", passwordGenerated: true });
    expect(JSON.stringify(log.details)).not.toContain(result.generatedPassword);
  });

  it("uses the password the administrator set and shows none", async () => {
    const result = await createStaffUser(admin, staff({ role: "ADMIN", passwordMode: "set", password: "een-lang-beginwachtwoord" }), null);
    if (!result.ok) throw new Error("refused");
    expect(result.generatedPassword).toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { id: result.userId } });
    expect(user.role).toBe("ADMIN");
    expect(await verifyPassword(user.passwordHash, "een-lang-beginwachtwoord")).toBe(true);
  });

  it("gives an officer the chosen purchaser and refuses one that does not exist; an administrator gets none", async () => {
    expect(await createStaffUser(admin, staff({ purchaserId: "no-such-purchaser" }), null)).toEqual({ ok: false, fieldErrors: { purchaserId: "users.errors.purchaserRequired" } });
    const created = await createStaffUser(admin, staff({ role: "ADMIN" }), null);
    if (!created.ok) throw new Error("refused");
    expect((await db.user.findUniqueOrThrow({ where: { id: created.userId } })).purchaserId).toBeNull();
  });

  it("refuses a taken e-mail address next to the field", async () => {
    expect(await createStaffUser(admin, staff({ email: admin.email }), null)).toEqual({ ok: false, fieldErrors: { email: "validation.emailTaken" } });
  });

  it("refuses a common or guessable password the administrator set, next to the field", async () => {
    for (const password of ["wachtwoord12", "password1234"]) {
      const input = staff({ passwordMode: "set", password });
      expect(await createStaffUser(admin, input, null)).toEqual({ ok: false, fieldErrors: { password: "validation.passwordWeak" } });
      expect(await db.user.count({ where: { email: input.email } })).toBe(0);
    }
  });
});

describe("changePurchaser", () => {
  it("moves an officer to another purchaser, auditing from and to; refuses providers and unknown purchasers", async () => {
    const officer = await makeUser("OFFICER");
    await db.user.update({ where: { id: officer.id }, data: { purchaserId } });
    const other = await db.purchaser.create({ data: { key: `p-${unique().kvk}`, name: `Inkoper ${unique().kvk}`, kind: "HEALTH_INSURER" } });
    expect(await changePurchaser(admin, { userId: officer.id, purchaserId: other.id }, null)).toEqual({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: officer.id } })).purchaserId).toBe(other.id);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "user.purchaserChanged", entityId: officer.id } });
    expect(log.details).toMatchObject({ from: { id: purchaserId }, to: { id: other.id, name: other.name } });
    expect(await changePurchaser(admin, { userId: officer.id, purchaserId: "no-such-purchaser" }, null)).toEqual({
      ok: false,
      fieldErrors: { purchaserId: "users.errors.purchaserRequired" },
    });
    const provider = await makeUser("PROVIDER", (await makeOrganisation()).id);
    expect(await changePurchaser(admin, { userId: provider.id, purchaserId }, null)).toEqual({ ok: false, reason: "notOfficer" });
    await expect(changePurchaser(admin, { userId: "no-such-user", purchaserId }, null)).rejects.toSatisfy(appError("notFound"));
  });
});

describe("setUserActive", () => {
  // `admin` is the one active administrator at the start of each test.
  beforeEach(async () => {
    await db.user.updateMany({ where: { role: "ADMIN", active: true, id: { not: admin.id } }, data: { active: false } });
    await db.user.update({ where: { id: admin.id }, data: { active: true } });
  });

  it("deactivates with a session version bump, reactivates, and audits both", async () => {
    const organisation = await makeOrganisation();
    const provider = await makeUser("PROVIDER", organisation.id);
    expect(await setUserActive(admin, provider.id, false, null)).toEqual({ ok: true });
    const off = await db.user.findUniqueOrThrow({ where: { id: provider.id } });
    expect(off).toMatchObject({ active: false, sessionVersion: 1 });
    // Doing it again changes nothing and writes nothing.
    expect(await setUserActive(admin, provider.id, false, null)).toEqual({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: provider.id } })).sessionVersion).toBe(1);

    expect(await setUserActive(admin, provider.id, true, null)).toEqual({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: provider.id } })).active).toBe(true);
    const actions = await db.auditLog.findMany({ where: { entityId: provider.id }, orderBy: { id: "asc" }, select: { action: true, organisationId: true } });
    expect(actions).toEqual([
      { action: "user.deactivated", organisationId: organisation.id },
      { action: "user.reactivated", organisationId: organisation.id },
    ]);
  });

  it("never deactivates the last active administrator, not even by themselves", async () => {
    expect(await setUserActive(admin, admin.id, false, null)).toEqual({ ok: false, reason: "lastAdmin" });
    const second = await makeUser("ADMIN");
    // With two, one may go (here: the second, by their own hand), and then the other is the last.
    expect(await setUserActive(second, second.id, false, null)).toEqual({ ok: true });
    expect(await setUserActive(admin, admin.id, false, null)).toEqual({ ok: false, reason: "lastAdmin" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).active).toBe(true);
    expect(await db.auditLog.count({ where: { entityId: admin.id, action: "user.deactivated" } })).toBe(0);
  });

  it("lets only one of two administrators deactivating each other at the same moment succeed", async () => {
    const a = await makeUser("ADMIN");
    // Now `admin` and `a` are the active administrators.
    const results = await Promise.all([setUserActive(admin, a.id, false, null), setUserActive(a, admin.id, false, null)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "lastAdmin" }]);
    expect(await db.user.count({ where: { role: "ADMIN", active: true, id: { in: [admin.id, a.id] } } })).toBe(1);
  });

  it("answers not found for an unknown user", async () => {
    await expect(setUserActive(admin, "does-not-exist", false, null)).rejects.toSatisfy(appError("notFound"));
  });
});

describe("resetPassword", () => {
  it("replaces the password, ends sessions, forgets failed logins and audits without the password", async () => {
    const officer = await makeUser("OFFICER", null, "het-oude-wachtwoord");
    await db.loginAttempt.createMany({ data: [1, 2, 3].map(() => ({ email: officer.email, ip: "10.0.0.9", success: false })) });
    const { password } = await resetPassword(admin, officer.id, "10.0.0.2");
    const user = await db.user.findUniqueOrThrow({ where: { id: officer.id } });
    expect(await verifyPassword(user.passwordHash, password)).toBe(true);
    expect(await verifyPassword(user.passwordHash, "het-oude-wachtwoord")).toBe(false);
    expect(user.sessionVersion).toBe(1);
    expect(await db.loginAttempt.count({ where: { email: officer.email, success: false } })).toBe(0);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "user.passwordReset", entityId: officer.id } });
    expect(log).toMatchObject({ actorEmail: admin.email, ip: "10.0.0.2" });
    expect(JSON.stringify(log.details)).not.toContain(password);
  });
});

describe("changeOrganisation", () => {
  it("moves a provider user and sets the signatory flag, auditing from and to", async () => {
    const from = await makeOrganisation("Zorggroep Oud");
    const to = await makeOrganisation("Zorggroep Nieuw");
    const provider = await makeUser("PROVIDER", from.id);
    expect(await changeOrganisation(admin, { userId: provider.id, organisationId: to.id, signatory: true }, null)).toEqual({ ok: true });
    const membership = await db.membership.findUniqueOrThrow({ where: { userId: provider.id } });
    expect(membership).toMatchObject({ organisationId: to.id, signatory: true });
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "user.organisationChanged", entityId: provider.id } });
    expect(log.organisationId).toBe(to.id);
    expect(log.details).toEqual({
      from: { id: from.id, name: "Zorggroep Oud", kvkNumber: from.kvkNumber, signatory: false },
      to: { id: to.id, name: "Zorggroep Nieuw", kvkNumber: to.kvkNumber, signatory: true },
    });
    // The same again is no change and no entry.
    await changeOrganisation(admin, { userId: provider.id, organisationId: to.id, signatory: true }, null);
    expect(await db.auditLog.count({ where: { action: "user.organisationChanged", entityId: provider.id } })).toBe(1);
  });

  it("refuses officers and unknown organisations", async () => {
    const officer = await makeUser("OFFICER");
    const organisation = await makeOrganisation();
    expect(await changeOrganisation(admin, { userId: officer.id, organisationId: organisation.id, signatory: false }, null)).toEqual({ ok: false, reason: "notProvider" });
    const provider = await makeUser("PROVIDER", organisation.id);
    expect(await changeOrganisation(admin, { userId: provider.id, organisationId: "nope", signatory: false }, null)).toEqual({
      ok: false,
      fieldErrors: { organisationId: "users.errors.organisationNotFound" },
    });
    expect(await db.membership.count({ where: { userId: officer.id } })).toBe(0);
  });
});

describe("searching", () => {
  it("finds organisations by part of the name or the first digits of the KvK number", async () => {
    const organisation = await makeOrganisation(`Revalidatie Zonnehof ${Date.now()}`);
    expect((await searchOrganisations(admin, "zonnehof")).map((o) => o.id)).toContain(organisation.id);
    expect((await searchOrganisations(admin, organisation.kvkNumber.slice(0, 6))).map((o) => o.id)).toContain(organisation.id);
    expect(await searchOrganisations(admin, "geen-organisatie-heet-zo")).toEqual([]);
  });

  it("lists users by name or e-mail, role and status, a page at a time", async () => {
    const tag = `Zoekbaar${Date.now()}`;
    const made: CurrentUser[] = [];
    for (let i = 0; i < USERS_PAGE_SIZE + 2; i++) {
      const u = await makeUser("OFFICER");
      await db.user.update({ where: { id: u.id }, data: { name: `${tag} ${String(i).padStart(2, "0")}` } });
      made.push(u);
    }
    await setUserActive(admin, made[0]!.id, false, null);

    const first = await listUsers(admin, { q: tag.toLowerCase(), role: "", status: "" }, 1);
    expect(first.total).toBe(USERS_PAGE_SIZE + 2);
    expect(first.pageCount).toBe(2);
    expect(first.rows).toHaveLength(USERS_PAGE_SIZE);
    const second = await listUsers(admin, { q: tag, role: "", status: "" }, 2);
    expect(second.rows.map((r) => r.name)).toEqual([`${tag} ${USERS_PAGE_SIZE}`, `${tag} ${USERS_PAGE_SIZE + 1}`]);
    // A page past the end shows the last page.
    expect((await listUsers(admin, { q: tag, role: "", status: "" }, 99)).page).toBe(2);

    expect((await listUsers(admin, { q: tag, role: "", status: "inactive" }, 1)).rows.map((r) => r.id)).toEqual([made[0]!.id]);
    expect((await listUsers(admin, { q: tag, role: "ADMIN", status: "" }, 1)).total).toBe(0);
    expect((await listUsers(admin, { q: made[3]!.email.toUpperCase(), role: "OFFICER", status: "active" }, 1)).rows.map((r) => r.id)).toEqual([made[3]!.id]);
  });
});

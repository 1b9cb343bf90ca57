import { describe, expect, it } from "vitest";
import { db, unique } from "./db";
import { registerProvider } from "@/lib/server/services/accounts";
import { verifyPassword } from "@/lib/server/auth/password";

function registration(email: string, kvk: string) {
  return {
    organisationName: "Zorggroep Test",
    kvkNumber: kvk,
    agbCode: "",
    region: "utrecht" as const,
    name: "Test Gebruiker",
    email,
    password: "een-lang-wachtwoord",
    passwordConfirm: "een-lang-wachtwoord",
  };
}

describe("registerProvider", () => {
  it("creates the organisation, its first user as signatory, an argon2id hash and an audit entry", async () => {
    const { email, kvk } = unique();
    const result = await registerProvider(registration(email, kvk), "127.0.0.1");
    expect(result.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { membership: { include: { organisation: true } } } });
    expect(user.role).toBe("PROVIDER");
    expect(user.membership?.signatory).toBe(true);
    expect(user.membership?.organisation.kvkNumber).toBe(kvk);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, "een-lang-wachtwoord")).toBe(true);
    expect(await verifyPassword(user.passwordHash, "wrong")).toBe(false);
    const log = await db.auditLog.findFirst({ where: { action: "organisation.registered", entityId: user.membership!.organisationId } });
    expect(log?.actorEmail).toBe(email);
  });

  it("refuses a common or guessable password, next to the field, and creates nothing", async () => {
    for (const password of ["wachtwoord12", "password1234"]) {
      const { email, kvk } = unique();
      expect(await registerProvider({ ...registration(email, kvk), password, passwordConfirm: password }, null)).toEqual({
        ok: false,
        fieldErrors: { password: "validation.passwordWeak" },
      });
      expect(await db.user.count({ where: { email } })).toBe(0);
    }
  });

  it("refuses a taken e-mail address and a registered KvK number, per field", async () => {
    const first = unique();
    await registerProvider(registration(first.email, first.kvk), null);
    const other = unique();
    expect(await registerProvider(registration(first.email, other.kvk), null)).toEqual({
      ok: false,
      fieldErrors: { email: "validation.emailTaken" },
    });
    expect(await registerProvider(registration(other.email, first.kvk), null)).toEqual({
      ok: false,
      fieldErrors: { kvkNumber: "validation.kvkTaken" },
    });
    expect(await db.user.count({ where: { email: other.email } })).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { db, unique } from "./db";
import { isLoginBlocked, LOGIN_LIMITS, recordLoginAttempt } from "@/lib/server/rate-limit";

describe("login rate limiting in PostgreSQL", () => {
  it("blocks an account after too many failures, from any address", async () => {
    const { email } = unique();
    for (let i = 0; i < LOGIN_LIMITS.perAccount - 1; i++) await recordLoginAttempt(email, `10.0.0.${i}`, false);
    expect(await isLoginBlocked(email, "10.0.1.1")).toBe(false);
    await recordLoginAttempt(email, "10.0.0.99", false);
    expect(await isLoginBlocked(email, "10.0.1.1")).toBe(true);
  });

  it("blocks an address trying many accounts", async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}`;
    await db.loginAttempt.deleteMany({ where: { ip } });
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) await recordLoginAttempt(unique().email, ip, false);
    expect(await isLoginBlocked(unique().email, ip)).toBe(true);
  });

  it("forgets failures outside the window and after a successful login", async () => {
    const { email } = unique();
    const old = new Date(Date.now() - (LOGIN_LIMITS.windowMinutes + 1) * 60_000);
    await db.loginAttempt.createMany({
      data: Array.from({ length: LOGIN_LIMITS.perAccount }, () => ({ email, ip: "198.51.100.1", success: false, at: old })),
    });
    expect(await isLoginBlocked(email, "198.51.100.2")).toBe(false);
    for (let i = 0; i < LOGIN_LIMITS.perAccount - 1; i++) await recordLoginAttempt(email, "198.51.100.3", false);
    await recordLoginAttempt(email, "198.51.100.3", true);
    await recordLoginAttempt(email, "198.51.100.3", false);
    expect(await isLoginBlocked(email, "198.51.100.4")).toBe(false);
  });
});

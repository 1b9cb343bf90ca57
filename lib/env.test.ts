import { describe, expect, it } from "vitest";
import { parseSettings } from "./env";

describe("settings", () => {
  it("have defaults for everything but the secrets", () => {
    const s = parseSettings({});
    expect(s.DATABASE_URL).toBeUndefined();
    expect(s.NEXTAUTH_SECRET).toBeUndefined();
    expect(s).toMatchObject({
      NODE_ENV: "development",
      DATABASE_POOL_SIZE: 10,
      PORT: 3000,
      LOGIN_LIMIT_PER_ADDRESS: 30,
      publicUrl: "http://localhost:3000",
      isProduction: false,
    });
  });

  it("fall back to this machine's port for the public address, one rule", () => {
    expect(parseSettings({ PORT: "3200" }).publicUrl).toBe("http://localhost:3200");
    expect(parseSettings({ PORT: "3200", NEXTAUTH_URL: "https://zorginkoop.example.nl/" }).publicUrl).toBe("https://zorginkoop.example.nl");
  });

  it("read empty values as unset and numbers as numbers", () => {
    const s = parseSettings({ NEXTAUTH_URL: "", DATABASE_POOL_SIZE: "4", LOGIN_LIMIT_PER_ADDRESS: "1000", NODE_ENV: "production" });
    expect(s.NEXTAUTH_URL).toBeUndefined();
    expect(s).toMatchObject({ DATABASE_POOL_SIZE: 4, LOGIN_LIMIT_PER_ADDRESS: 1000, isProduction: true });
  });

  it("refuse wrong values, naming each", () => {
    expect(() => parseSettings({ DATABASE_POOL_SIZE: "many", NEXTAUTH_URL: "zorginkoop.nl" })).toThrow(/DATABASE_POOL_SIZE.*NEXTAUTH_URL/);
    expect(() => parseSettings({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(() => parseSettings({ NEXTAUTH_URL: "ftp://example.nl" })).toThrow(/NEXTAUTH_URL/);
  });
});

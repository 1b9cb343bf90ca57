/**
 * Production settings, checked on real server processes of this build: a server without
 * NEXTAUTH_SECRET refuses to start and says why; behind https the session cookie is Secure and HttpOnly.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { BASE_URL } from "../playwright.config";

const NEXT = path.join("node_modules", "next", "dist", "bin", "next");
const PORT = Number(new URL(BASE_URL).port) + 2;

function startServer(env: Record<string, string | undefined>) {
  const child = spawn(process.execPath, [NEXT, "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, NODE_ENV: "production", ...env },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  return { child, output: () => output, exited: new Promise<number | null>((r) => child.once("exit", r)) };
}

test("a production server refuses to start without NEXTAUTH_SECRET, and says so", async () => {
  const server = startServer({ NEXTAUTH_SECRET: undefined, NEXTAUTH_URL: `http://127.0.0.1:${PORT}` });
  const code = await Promise.race([server.exited, new Promise<string>((r) => setTimeout(() => r("still running"), 30_000))]);
  if (code === "still running") server.child.kill();
  expect(code).toBe(1);
  expect(server.output()).toContain("NEXTAUTH_SECRET not set. The portal refuses to start in production without it.");
});

test("behind https the session cookies are Secure and HttpOnly", async ({ request }) => {
  const server = startServer({ NEXTAUTH_SECRET: "production-settings-test-secret", NEXTAUTH_URL: `https://127.0.0.1:${PORT}` });
  try {
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${PORT}/api/health`).catch(() => null))?.status, { timeout: 30_000 }).toBe(200);
    const response = await request.get(`http://127.0.0.1:${PORT}/api/auth/csrf`);
    const cookies = response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) {
      expect(cookie).toMatch(/^__(Secure|Host)-next-auth\./);
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
    }
  } finally {
    server.child.kill("SIGTERM");
    await server.exited;
  }
});

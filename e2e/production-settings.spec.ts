/**
 * Production settings, checked on real server processes of this build: a server without
 * NEXTAUTH_SECRET refuses to start and says why; behind https the session cookie is Secure and HttpOnly.
 */
import { expect, test } from "./fixtures";
import { startNextServer } from "./server";

test("a production server refuses to start without NEXTAUTH_SECRET, and says so", async ({ worker }) => {
  const server = startNextServer(worker.port + 2, { DATABASE_URL: worker.databaseUrl, NEXTAUTH_SECRET: undefined });
  const code = await Promise.race([server.exited, new Promise<string>((r) => setTimeout(() => r("still running"), 30_000))]);
  if (code === "still running") await server.stop();
  expect(code).toBe(1);
  expect(server.output()).toContain("NEXTAUTH_SECRET not set. The portal refuses to start in production without it.");
});

test("behind https the session cookies are Secure and HttpOnly", async ({ request, worker }) => {
  const server = startNextServer(worker.port + 2, {
    DATABASE_URL: worker.databaseUrl,
    NEXTAUTH_SECRET: "production-settings-test-secret",
    NEXTAUTH_URL: `https://127.0.0.1:${worker.port + 2}`,
  });
  try {
    await server.ready(30_000);
    const response = await request.get(`${server.url}/api/auth/csrf`);
    const cookies = response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) {
      expect(cookie).toMatch(/^__(Secure|Host)-next-auth\./);
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
    }
  } finally {
    await server.stop();
  }
});

/**
 * A production server of this checkout on a fresh, seeded database, for benchmarks. Needs a build
 * (`npm run build`) first. Everything runs on loopback and is torn down afterwards.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createTestDatabase, dropTestDatabase, startTestServer, type TestServer } from "../../scripts/lib/test-database";

export interface BenchServer {
  url: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

export async function startBenchServer(port: number): Promise<BenchServer> {
  const pg: TestServer = await startTestServer();
  const databaseUrl = await createTestDatabase(pg, "zi_bench");
  const seed = spawnSync("node", ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (seed.status !== 0) throw new Error(seed.stderr);
  const url = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: "bench-secret", NEXTAUTH_URL: url, NODE_ENV: "production" },
    stdio: "ignore",
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    databaseUrl,
    async stop() {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
      await dropTestDatabase(pg, databaseUrl);
      await pg.stop();
    },
  };
}

/** Logs in through next-auth's credentials endpoint and returns the session cookie header. */
export async function login(url: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0] ?? "").join("; ");
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0] ?? "").find((c) => c.includes("session-token"));
  if (!session) throw new Error(`login failed for ${email}: ${response.status}`);
  return session;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

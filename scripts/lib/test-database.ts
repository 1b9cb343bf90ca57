/**
 * Throwaway PostgreSQL databases for test runs: on the server of DATABASE_URL, else the machine's
 * server at 127.0.0.1:5432, else an embedded one. Each run creates, migrates and drops its own.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { Client } from "pg";
import { connectionFields, withDatabase } from "../../lib/db-url";

export interface TestServer {
  /** URL of the maintenance database on the server. */
  adminUrl: string;
  stop(): Promise<void>;
}

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ ...connectionFields(url), connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export async function startTestServer(): Promise<TestServer> {
  const candidates = [process.env.DATABASE_URL, "postgresql://postgres@127.0.0.1:5432/postgres"].filter(
    (u): u is string => Boolean(u),
  );
  for (const url of candidates) {
    const adminUrl = withDatabase(url, "postgres");
    if (await reachable(adminUrl)) return { adminUrl, stop: async () => {} };
  }
  const parent = mkdtempSync(path.join(tmpdir(), "zi-test-pg-"));
  chmodSync(parent, 0o755); // the server may run as the system's postgres user
  const port = 55000 + Math.floor(Math.random() * 1000);
  console.log(`No PostgreSQL reachable: starting an embedded one on port ${port}.`);
  const pg = await startEmbeddedPostgres(path.join(parent, "data"), port, "postgres");
  return { adminUrl: pg.url, stop: pg.stop };
}

async function admin<T>(server: TestServer, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client(connectionFields(server.adminUrl));
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates a database and applies every migration; returns its URL. */
export async function createTestDatabase(server: TestServer, prefix: string): Promise<string> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  await admin(server, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(server.adminUrl, name);
  const result = spawnSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`Migrating ${name} failed:\n${result.stdout}\n${result.stderr}`);
  return url;
}

/** Drops the database and the copies made of it (`<name>_w<n>`, one per end-to-end worker) that a crash left behind. */
export async function dropTestDatabase(server: TestServer, url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await admin(server, async (c) => {
    const { rows } = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $1 || '\\_w%'`, [name]);
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}

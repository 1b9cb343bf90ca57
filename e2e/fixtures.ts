/**
 * Every Playwright worker gets its own database and its own server (the Epic Stack pattern), so test
 * files run side by side without seeing each other's rows. The database is a copy of the migrated and
 * seeded template that scripts/test.ts made for this run (E2E_DATABASE_URL); copying a template takes
 * a fraction of a second where migrating and seeding takes many.
 *
 * Specs import `test` and `expect` from here instead of from @playwright/test.
 */
import { test as base, expect } from "@playwright/test";
import { Client } from "pg";
import { startNextServer, TEST_SECRET } from "./server";

const template = process.env.E2E_DATABASE_URL;
const adminUrl = process.env.E2E_ADMIN_DATABASE_URL;
if (!template || !adminUrl) throw new Error("Run the end-to-end tests through `npm test -- build e2e`: it provides the databases.");

/** Ports: worker n serves on E2E_PORT + 10n; the next few ports are for the servers a test starts itself. */
const FIRST_PORT = Number(process.env.E2E_PORT ?? 3100);

export interface Worker {
  baseURL: string;
  port: number;
  databaseUrl: string;
  /** The maintenance database of the same server, for tests that change the server's own settings. */
  adminDatabaseUrl: string;
}

let current: Worker | undefined;

async function admin<T>(fn: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: adminUrl });
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}

async function cloneTemplate(name: string): Promise<string> {
  const source = new URL(template!).pathname.slice(1);
  for (let attempt = 0; ; attempt++) {
    try {
      await admin((db) => db.query(`CREATE DATABASE "${name}" TEMPLATE "${source}"`));
      break;
    } catch (e) {
      // Another worker's copy of the same template still holds it: try again shortly.
      if (attempt >= 20 || !/being accessed by other users/.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 250 + Math.random() * 250));
    }
  }
  const url = new URL(template!);
  url.pathname = `/${name}`;
  return url.toString();
}

export const test = base.extend<object, { worker: Worker }>({
  worker: [
    async ({}, use, info) => {
      const port = FIRST_PORT + 10 * info.parallelIndex;
      const name = `${new URL(template).pathname.slice(1)}_w${info.workerIndex}`;
      const databaseUrl = await cloneTemplate(name);
      const server = startNextServer(port, {
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: TEST_SECRET,
        // Every test user logs in from 127.0.0.1: the per-address limit would otherwise be shared by the whole worker.
        LOGIN_LIMIT_PER_ADDRESS: "10000",
      });
      try {
        await server.ready();
        current = { baseURL: server.url, port, databaseUrl, adminDatabaseUrl: adminUrl };
        await use(current);
      } finally {
        current = undefined;
        await server.stop();
        await admin((db) => db.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      }
    },
    { scope: "worker", timeout: 120_000 },
  ],
  baseURL: async ({ worker }, use) => use(worker.baseURL),
});

/** Runs `fn` with a connection to this worker's database. */
export async function withWorkerDatabase<T>(fn: (db: Client) => Promise<T>): Promise<T> {
  if (!current) throw new Error("withWorkerDatabase is only available inside a test.");
  const db = new Client({ connectionString: current.databaseUrl });
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}

export { expect };

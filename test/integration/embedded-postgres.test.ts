/** `npm start` without DATABASE_URL: the embedded PostgreSQL keeps its data across a stop and a start. */
import { mkdtempSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { connectionFields } from "@/lib/db-url";

describe("embedded PostgreSQL", () => {
  it("keeps data between runs", async () => {
    const parent = mkdtempSync(path.join(tmpdir(), "zi-embedded-"));
    chmodSync(parent, 0o755); // the server may run as the system's postgres user
    const dataDir = path.join(parent, "data");
    const port = 56000 + Math.floor(Math.random() * 1000);
    const query = async (url: string, sql: string) => {
      const c = new Client(connectionFields(url));
      await c.connect();
      try {
        return (await c.query(sql)).rows;
      } finally {
        await c.end();
      }
    };
    const first = await startEmbeddedPostgres(dataDir, port, "portal");
    try {
      await query(first.url, "CREATE TABLE kept (name text); INSERT INTO kept VALUES ('Zorggroep Blijvend')");
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedPostgres(dataDir, port, "portal");
    try {
      expect(await query(second.url, "SELECT name FROM kept")).toEqual([{ name: "Zorggroep Blijvend" }]);
    } finally {
      await second.stop();
    }
  }, 120_000);
});

/**
 * The documented backup procedure (README, "Backups"): pg_dump in custom format, pg_restore into a
 * fresh database, and the submissions are all there. Skipped where no pg_dump client matches the server.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { db, fixturePurchaserId, unique } from "./db";
import { connectionFields, withDatabase } from "@/lib/db-url";

const url = process.env.DATABASE_URL!;
const hasPgDump = spawnSync("pg_dump", ["--version"]).status === 0;

async function serverMajor(): Promise<number> {
  const [row] = await db.$queryRaw<{ v: string }[]>`SELECT current_setting('server_version_num') AS v`;
  return Math.floor(Number(row!.v) / 10000);
}
const clientMajor = hasPgDump ? Number(/(\d+)/.exec(execFileSync("pg_dump", ["--version"], { encoding: "utf8" }))![1]) : 0;

describe("backups", () => {
  it("a pg_dump restored into a fresh database has the same submissions and answers", async (ctx) => {
    if (!hasPgDump || clientMajor < (await serverMajor())) ctx.skip();
    const { kvk, email } = unique();
    const org = await db.organisation.create({ data: { name: "Back-up Zorg", kvkNumber: kvk, region: "utrecht" } });
    const user = await db.user.create({ data: { email, name: "B", passwordHash: "x", role: "PROVIDER" } });
    const careType = await db.careType.create({ data: { key: `bk_${Date.now()}`, nameNl: "x", nameEn: "x" } });
    const q = await db.questionnaire.create({ data: { careTypeId: careType.id, purchaserId: await fixturePurchaserId() } });
    const v = await db.questionnaireVersion.create({ data: { questionnaireId: q.id, number: 1, status: "PUBLISHED", definition: {}, title: {}, insurer: "x", policyPeriod: "x" } });
    const s = await db.submission.create({ data: { organisationId: org.id, versionId: v.id, createdById: user.id, status: "SUBMITTED" } });
    await db.answer.create({ data: { submissionId: s.id, questionKey: "q1", value: "Zorg met ‘aandacht’ — é", updatedById: user.id } });

    const dump = path.join(mkdtempSync(path.join(tmpdir(), "zi-backup-")), "portal.dump");
    execFileSync("pg_dump", ["--format=custom", `--file=${dump}`, url]);
    const restored = `${new URL(url).pathname.slice(1)}_restore`;
    const admin = new Client(connectionFields(withDatabase(url, "postgres")));
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${restored}"`);
      execFileSync("pg_restore", ["--no-owner", `--dbname=${withDatabase(url, restored)}`, dump]);
      const copy = new Client(connectionFields(withDatabase(url, restored)));
      await copy.connect();
      try {
        const original = await db.submission.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, organisationId: true } });
        const { rows } = await copy.query(`SELECT id, status, "organisationId" FROM "Submission" ORDER BY id`);
        expect(rows).toEqual(original);
        const { rows: answers } = await copy.query(`SELECT value FROM "Answer" WHERE "submissionId" = $1`, [s.id]);
        expect(answers).toEqual([{ value: "Zorg met ‘aandacht’ — é" }]);
        // The restored audit log is append-only too.
        await copy.query(`INSERT INTO "AuditLog"(action, "entityType") VALUES ('test.restore', 'test')`);
        await expect(copy.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
      } finally {
        await copy.end();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${restored}" WITH (FORCE)`);
      await admin.end();
    }
  });
});

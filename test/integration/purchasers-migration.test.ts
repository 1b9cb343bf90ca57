/**
 * The purchasers migration on existing data: a database at the migration before it, with
 * questionnaires and a decided submission, is migrated; each questionnaire's insurer text became
 * its purchaser and the submission kept its status, revision, answers and history.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { connectionFields, withDatabase } from "@/lib/db-url";

const url = process.env.DATABASE_URL!;
const MIGRATIONS = path.join("prisma", "migrations");

describe("the purchasers migration", () => {
  it("makes each questionnaire's insurer its purchaser and keeps submissions as they were", async () => {
    const folders = readdirSync(MIGRATIONS).filter((f) => /^\d+_/.test(f)).sort();
    const at = folders.findIndex((f) => f.endsWith("_purchasers"));
    expect(at).toBeGreaterThan(0);
    const name = `${new URL(url).pathname.slice(1)}_purchasers`;
    const admin = new Client(connectionFields(withDatabase(url, "postgres")));
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
      const db = new Client(connectionFields(withDatabase(url, name)));
      await db.connect();
      try {
        const apply = (folder: string) => db.query(readFileSync(path.join(MIGRATIONS, folder, "migration.sql"), "utf8"));
        for (const folder of folders.slice(0, at)) await apply(folder);
        await db.query(`
          INSERT INTO "CareType"(id, key, "nameNl", "nameEn") VALUES ('ct1', 'grz', 'GRZ', 'GRZ'), ('ct2', 'wlz', 'Wlz', 'Wlz'), ('ct3', 'zg', 'ZG', 'ZG');
          INSERT INTO "Questionnaire"(id, "careTypeId") VALUES ('q1', 'ct1'), ('q2', 'ct2'), ('q3', 'ct3');
          INSERT INTO "QuestionnaireVersion"(id, "questionnaireId", number, status, definition, title, insurer, "policyPeriod", "updatedAt") VALUES
            ('v1', 'q1', 1, 'PUBLISHED', '{}', '{}', 'CZ groep', '2025', now()),
            ('v2', 'q2', 1, 'PUBLISHED', '{}', '{}', 'Zilveren Kruis Zorgkantoor', '2025', now()),
            ('v3', 'q3', 1, 'PUBLISHED', '{}', '{}', 'Zilveren Kruis', '2025', now()),
            ('v4', 'q3', 2, 'DRAFT', '{}', '{}', 'Zilveren Kruis', '2026', now());
          INSERT INTO "Organisation"(id, name, "kvkNumber", region, "updatedAt") VALUES ('o1', 'Zorg', '11112222', 'utrecht', now());
          INSERT INTO "User"(id, email, name, "passwordHash", role, "updatedAt") VALUES ('u1', 'a@example.nl', 'A', 'x', 'PROVIDER', now()), ('u2', 'i@example.nl', 'I', 'x', 'OFFICER', now());
          INSERT INTO "Submission"(id, "organisationId", "versionId", status, revision, "createdById", "updatedAt") VALUES ('s1', 'o1', 'v1', 'APPROVED', 3, 'u1', now());
          INSERT INTO "Answer"(id, "submissionId", "questionKey", value, "updatedById", "updatedAt") VALUES ('a1', 's1', 'beds', '12', 'u1', now());
          INSERT INTO "SubmissionEvent"(id, "submissionId", "fromStatus", "toStatus", "actorId") VALUES ('e1', 's1', 'IN_REVIEW', 'APPROVED', 'u2');`);
        await apply(folders[at]!);

        const { rows: owners } = await db.query(`
          SELECT c.key AS "careType", p.key, p.name, p.kind FROM "Questionnaire" q
          JOIN "Purchaser" p ON p.id = q."purchaserId" JOIN "CareType" c ON c.id = q."careTypeId" ORDER BY c.key`);
        expect(owners).toEqual([
          { careType: "grz", key: "cz", name: "CZ", kind: "HEALTH_INSURER" },
          { careType: "wlz", key: "zilveren-kruis-zorgkantoor", name: "Zilveren Kruis Zorgkantoor", kind: "ZORGKANTOOR" },
          { careType: "zg", key: "zilveren-kruis", name: "Zilveren Kruis", kind: "HEALTH_INSURER" },
        ]);
        const { rows: kept } = await db.query(`
          SELECT s.status, s.revision, s."versionId", (SELECT value FROM "Answer" WHERE "submissionId" = s.id) AS beds,
                 (SELECT count(*)::int FROM "SubmissionEvent" WHERE "submissionId" = s.id) AS events FROM "Submission" s`);
        expect(kept).toEqual([{ status: "APPROVED", revision: 3, versionId: "v1", beds: 12, events: 1 }]);
      } finally {
        await db.end();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});

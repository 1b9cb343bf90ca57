/**
 * The migration that turned a version's Section/Question/Condition/ProcedureDate rows into one JSON
 * document: run on rows written the old way (as the old writeContent wrote them), in a database of
 * its own migrated up to just before it, every shipped questionnaire comes out as its file.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { connectionFields, withDatabase } from "@/lib/db-url";
import { dateRange } from "@/lib/procedure/timeline";
import { draftSchema } from "@/lib/questionnaire/draft";
import { loadQuestionnaireFile, shippedQuestionnaireFiles } from "@/lib/questionnaire/files";
import { questionnaireSchema, type QuestionnaireDefinition } from "@/lib/questionnaire/schema";
import { fixture } from "@/lib/test/fixture";

const MIGRATION = "20261126141607_version_definition_document";
const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
const url = process.env.DATABASE_URL!;

const migrationSql = (name: string) => readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");
const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

/** One version's rows as the app wrote them before the migration. */
async function writeOldWay(c: Client, id: string, questionnaireId: string, def: QuestionnaireDefinition, status: "DRAFT" | "PUBLISHED") {
  await c.query(
    `INSERT INTO "QuestionnaireVersion"(id, "questionnaireId", number, status, title, description, insurer, "policyPeriod", "documentFile", "documentTitle", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())`,
    [id, questionnaireId, status === "DRAFT" ? 2 : 1, status, json(def.title), json(def.description), def.insurer, def.policyPeriod, def.document.file, def.document.title],
  );
  for (const [si, s] of def.sections.entries()) {
    const sectionId = `${id}_s${si}`;
    await c.query(
      `INSERT INTO "Section"(id, "versionId", key, position, title, description, profile, "visibleWhen") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [sectionId, id, s.key, si, json(s.title), json(s.description), s.profile ?? false, json(s.visibleWhen)],
    );
    for (const [qi, q] of s.questions.entries()) {
      await c.query(
        `INSERT INTO "Question"(id, "versionId", "sectionId", key, position, kind, label, help, required, options, min, max, integer, unit, "maxLength", "visibleWhen", source)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
        [`${sectionId}_q${qi}`, id, sectionId, q.key, qi, q.kind, json(q.label), json(q.help), q.required, json(q.options), q.min ?? null, q.max ?? null, q.integer ?? null, json(q.unit), q.maxLength ?? null, json(q.visibleWhen), json(q.source)],
      );
    }
  }
  for (const [i, cond] of def.conditions.entries()) {
    await c.query(
      `INSERT INTO "Condition"(id, "versionId", key, position, text, severity, audience, "appliesWhen", rule, evidence, source) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [`${id}_c${i}`, id, cond.key, i, json(cond.text), cond.legalClass === "advice" ? "expectation" : "hard", json(cond.audience), json(cond.appliesWhen), json(cond.rule), json(cond.evidence), json(cond.source)],
    );
  }
  for (const [i, d] of def.procedureDates.entries()) {
    const { start, end } = dateRange(d.when);
    await c.query(
      `INSERT INTO "ProcedureDate"(id, "versionId", key, position, "when", "startsOn", "endsOn", event, actor, "appliesWhen", source) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [`${id}_d${i}`, id, d.key, i, json(d.when), start, end, json(d.event), d.actor, json(d.appliesWhen), json(d.source)],
    );
  }
}

describe("the migration to one definition document per version", () => {
  it("carries published versions, drafts and submissions over", async () => {
    const database = `${new URL(url).pathname.slice(1)}_defmig`;
    const admin = new Client(connectionFields(withDatabase(url, "postgres")));
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${database}"`);
      const c = new Client(connectionFields(withDatabase(url, database)));
      await c.connect();
      try {
        const before = readdirSync(MIGRATIONS_DIR).filter((n) => /^\d{14}_/.test(n) && n < MIGRATION).sort();
        for (const name of before) await c.query(migrationSql(name));

        await c.query(`INSERT INTO "Organisation"(id, name, "kvkNumber", region, "updatedAt") VALUES ('org', 'Zorg', '12345678', 'utrecht', now())`);
        await c.query(`INSERT INTO "User"(id, email, name, "passwordHash", role, "updatedAt") VALUES ('user', 'a@example.nl', 'A', 'x', 'PROVIDER', now())`);
        const shipped: { versionId: string; def: QuestionnaireDefinition }[] = [];
        // Every shipped questionnaire, and the fixture that has every kind and optional field.
        const definitions = [
          ...shippedQuestionnaireFiles().map((file) => {
            const loaded = loadQuestionnaireFile(file);
            if (!loaded.ok) throw new Error(file);
            // The tables never held a format-3 answer window (the rest of format 3 is derived on reading).
            return { ...loaded.definition, answerWindowCloses: undefined };
          }),
          fixture,
        ];
        for (const [i, def] of definitions.entries()) {
          await c.query(`INSERT INTO "CareType"(id, key, "nameNl", "nameEn") VALUES ($1, $2, $3, $4)`, [`ct${i}`, def.careType.key, def.careType.name.nl, def.careType.name.en]);
          await c.query(`INSERT INTO "Questionnaire"(id, "careTypeId") VALUES ($1, $2)`, [`qn${i}`, `ct${i}`]);
          await writeOldWay(c, `v${i}`, `qn${i}`, def, "PUBLISHED");
          shipped.push({ versionId: `v${i}`, def });
        }
        // A draft being built: its new section has no questions yet.
        const first = shipped[0]!.def;
        const draft: QuestionnaireDefinition = { ...first, sections: [...first.sections, { key: "nieuw", title: { nl: "Nieuw", en: "New" }, questions: [] }] };
        await writeOldWay(c, "draft", "qn0", draft, "DRAFT");
        await c.query(`INSERT INTO "Submission"(id, "organisationId", "versionId", "createdById", "updatedAt", status) VALUES ('sub', 'org', 'v0', 'user', now(), 'SUBMITTED')`);
        await c.query(`INSERT INTO "Answer"(id, "submissionId", "questionKey", value, "updatedById", "updatedAt") VALUES ('ans', 'sub', 'q1', '"ja"', 'user', now())`);

        await c.query(migrationSql(MIGRATION));

        const { rows } = await c.query<{ id: string; status: string; definition: { formatVersion: number } }>(`SELECT id, status, definition FROM "QuestionnaireVersion"`);
        const byId = new Map(rows.map((r) => [r.id, r]));
        for (const { versionId, def } of shipped) {
          const row = byId.get(versionId)!;
          // Written as the format the rows held; read through the upgraders into the current one.
          expect(row.definition.formatVersion).toBe(1);
          expect(questionnaireSchema.parse(row.definition)).toEqual(def);
        }
        expect(draftSchema.parse(byId.get("draft")!.definition)).toEqual(draft);
        const { rows: submissions } = await c.query(`SELECT s."versionId", a.value FROM "Submission" s JOIN "Answer" a ON a."submissionId" = s.id`);
        expect(submissions).toEqual([{ versionId: "v0", value: "ja" }]);
        const { rows: tables } = await c.query(
          `SELECT to_regclass('"Section"') AS s, to_regclass('"Question"') AS q, to_regclass('"Condition"') AS c, to_regclass('"ProcedureDate"') AS d`,
        );
        expect(tables).toEqual([{ s: null, q: null, c: null, d: null }]);
      } finally {
        await c.end();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    }
  });
});

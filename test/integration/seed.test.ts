import { describe, expect, it } from "vitest";
import { db } from "./db";
import { seedDemoData } from "@/lib/server/seed/demo";
import { loadDefinition } from "@/lib/server/services/questionnaires";
import { loadQuestionnaireFile, shippedQuestionnaireFiles } from "@/lib/questionnaire/files";
import { FORMAT_VERSION } from "@/lib/questionnaire/schema";
import { DEMO_ORGANISATION, DEMO_SUBMITTED_CARE_TYPES, DEMO_USERS } from "@/lib/demo-users";

describe("demo seed", () => {
  it("loads every shipped questionnaire as published version 1 and one user per role, once", async () => {
    await seedDemoData();
    expect(await seedDemoData()).toEqual({ created: false, questionnaires: [] });
    for (const file of shippedQuestionnaireFiles()) {
      const r = loadQuestionnaireFile(file);
      if (!r.ok) throw new Error(file);
      const versions = await db.questionnaireVersion.findMany({
        where: { questionnaire: { careType: { key: r.definition.careType.key } } },
      });
      expect(versions.map((v) => [v.number, v.status])).toEqual([[1, "PUBLISHED"]]);
      // Read back from the database, the version is the shipped file (in the current format).
      const stored = await loadDefinition(versions[0]!.id);
      expect(stored).toEqual(r.definition);
      expect(stored.formatVersion).toBe(FORMAT_VERSION);
      expect({
        questions: stored.sections.flatMap((s) => s.questions).length,
        conditions: stored.conditions.length,
        procedureDates: stored.procedureDates.length,
      }).toEqual({
        questions: r.definition.sections.flatMap((s) => s.questions).length,
        conditions: r.definition.conditions.length,
        procedureDates: r.definition.procedureDates.length,
      });
    }
    for (const u of DEMO_USERS) expect((await db.user.findUniqueOrThrow({ where: { email: u.email } })).role).toBe(u.role);
  });

  it("puts the shipped questionnaires under their purchasers, each demo officer under one, and submits two demo answer sets", async () => {
    await seedDemoData();
    const owners = await db.questionnaire.findMany({ select: { careType: { select: { key: true } }, purchaser: { select: { name: true, kind: true } } } });
    const owner = Object.fromEntries(owners.map((q) => [q.careType.key, q.purchaser]));
    expect(owner).toMatchObject({
      coordinatiefunctie: { name: "Zilveren Kruis", kind: "HEALTH_INSURER" },
      zintuiglijk_gehandicaptenzorg: { name: "Zilveren Kruis", kind: "HEALTH_INSURER" },
      eld_trombosezorg: { name: "Zilveren Kruis", kind: "HEALTH_INSURER" },
      wlz_ggz: { name: "Zilveren Kruis Zorgkantoor", kind: "ZORGKANTOOR" },
      grz_elv_gzsp: { name: "CZ", kind: "HEALTH_INSURER" },
    });
    for (const u of DEMO_USERS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: u.email }, select: { purchaser: { select: { key: true } } } });
      expect(user.purchaser?.key ?? null, u.email).toBe(u.purchaser);
    }
    const submitted = await db.submission.findMany({
      where: { organisation: { kvkNumber: DEMO_ORGANISATION.kvkNumber }, status: "SUBMITTED" },
      select: { version: { select: { questionnaire: { select: { careType: { select: { key: true } }, purchaser: { select: { key: true } } } } } } },
    });
    expect(submitted.map((s) => [s.version.questionnaire.careType.key, s.version.questionnaire.purchaser.key]).sort()).toEqual([
      ["grz_elv_gzsp", "cz"],
      ["wlz_ggz", "zilveren-kruis-zorgkantoor"],
    ]);
    expect(DEMO_SUBMITTED_CARE_TYPES).toHaveLength(2);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "./db";
import { seedDemoData } from "@/lib/server/seed/demo";
import { loadQuestionnaireFile, shippedQuestionnaireFiles } from "@/lib/questionnaire/files";
import { DEMO_USERS } from "@/lib/demo-users";

describe("demo seed", () => {
  it("loads every shipped questionnaire as published version 1 and one user per role, once", async () => {
    await seedDemoData();
    expect(await seedDemoData()).toEqual({ created: false, questionnaires: [] });
    for (const file of shippedQuestionnaireFiles()) {
      const r = loadQuestionnaireFile(file);
      if (!r.ok) throw new Error(file);
      const versions = await db.questionnaireVersion.findMany({
        where: { questionnaire: { careType: { key: r.definition.careType.key } } },
        include: { _count: { select: { conditions: true, questions: true, procedureDates: true } } },
      });
      expect(versions.map((v) => [v.number, v.status])).toEqual([[1, "PUBLISHED"]]);
      expect(versions[0]!._count).toEqual({
        questions: r.definition.sections.flatMap((s) => s.questions).length,
        conditions: r.definition.conditions.length,
        procedureDates: r.definition.procedureDates.length,
      });
    }
    for (const u of DEMO_USERS) expect((await db.user.findUniqueOrThrow({ where: { email: u.email } })).role).toBe(u.role);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "./db";
import { seedDemoData } from "@/lib/server/seed/demo";
import { shippedQuestionnaireFiles } from "@/lib/questionnaire/files";
import { DEMO_USERS } from "@/lib/demo-users";

describe("demo seed", () => {
  it("loads every shipped questionnaire as published version 1 and one user per role, once", async () => {
    const first = await seedDemoData();
    const second = await seedDemoData();
    expect(second).toEqual({ created: false, questionnaires: [] });
    expect(first.questionnaires.length).toBe(shippedQuestionnaireFiles().length);

    const versions = await db.questionnaireVersion.findMany({ where: { status: "PUBLISHED", number: 1 }, include: { _count: { select: { conditions: true, questions: true, procedureDates: true } } } });
    expect(versions.length).toBeGreaterThanOrEqual(shippedQuestionnaireFiles().length);
    for (const v of versions) expect(v._count.questions).toBeGreaterThan(0);
    for (const u of DEMO_USERS) expect((await db.user.findUniqueOrThrow({ where: { email: u.email } })).role).toBe(u.role);
  });
});

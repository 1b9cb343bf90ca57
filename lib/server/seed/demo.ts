import "server-only";
import { db } from "../db";
import { hashPassword } from "../auth/password";
import { createVersion } from "../services/questionnaires";
import { DEMO_ORGANISATION, DEMO_USERS } from "@/lib/demo-users";
import { loadQuestionnaireFile, shippedQuestionnaireFiles } from "@/lib/questionnaire/files";
import { renderMessage } from "@/lib/i18n/message";
import { translatorFor } from "@/lib/i18n/translator";

/** Loads every shipped questionnaire that is not yet in the database as published version 1. */
export async function seedQuestionnaires(): Promise<string[]> {
  const loaded: string[] = [];
  for (const file of shippedQuestionnaireFiles()) {
    const result = loadQuestionnaireFile(file);
    if (!result.ok) {
      throw new Error(
        `${file} is not a valid questionnaire:\n${result.issues.map((i) => `  ${i.path}: ${renderMessage(i.message, translatorFor("en"), "en")}`).join("\n")}`,
      );
    }
    const def = result.definition;
    const exists = await db.careType.findUnique({
      where: { key: def.careType.key },
      include: { questionnaire: { include: { versions: { select: { id: true }, take: 1 } } } },
    });
    if (exists?.questionnaire?.versions.length) continue;
    await db.$transaction((tx) => createVersion(tx, def, { status: "PUBLISHED" }), { timeout: 60_000 });
    loaded.push(def.careType.key);
  }
  return loaded;
}

export async function seedDemoData(): Promise<{ created: boolean; questionnaires: string[] }> {
  const questionnaires = await seedQuestionnaires();
  if (await db.user.findUnique({ where: { email: DEMO_USERS[0]!.email } })) {
    return { created: false, questionnaires };
  }
  const organisation = await db.organisation.create({ data: DEMO_ORGANISATION });
  for (const u of DEMO_USERS) {
    await db.user.create({
      data: {
        email: u.email,
        name: u.name,
        role: u.role,
        passwordHash: await hashPassword(u.password),
        ...(u.role === "PROVIDER"
          ? { membership: { create: { organisationId: organisation.id, signatory: true } } }
          : {}),
      },
    });
  }
  return { created: true, questionnaires };
}

import "server-only";
import { db } from "../db";
import { hashPassword } from "../auth/password";
import type { CurrentUser } from "../auth/session";
import { createVersion, loadDefinition, latestPublishedVersion } from "../services/questionnaires";
import { saveAnswer, startSubmission, submitSubmission } from "../services/submissions";
import { DEMO_ORGANISATION, DEMO_SUBMITTED_CARE_TYPES, DEMO_USERS } from "@/lib/demo-users";
import { todayInNL } from "@/lib/dates";
import { SHIPPED_PURCHASERS } from "@/lib/purchasers";
import { loadQuestionnaireFile, shippedQuestionnaireFiles } from "@/lib/questionnaire/files";
import { renderMessage } from "@/lib/i18n/message";
import { translatorFor } from "@/lib/i18n/translator";
import { completeAnswers } from "@/lib/questionnaire/sample-answers";

/**
 * The purchasers of the shipped questionnaires, with their regions. Runs before the questionnaires
 * load, so each questionnaire finds its purchaser; fills in the regions of purchasers the migration
 * made from insurer names.
 */
async function seedPurchasers() {
  for (const p of SHIPPED_PURCHASERS) {
    const data = { name: p.name, kind: p.kind, regions: [...p.regions] };
    await db.purchaser.upsert({ where: { key: p.key }, update: data, create: { key: p.key, ...data } });
  }
}

/** Loads every shipped questionnaire that is not yet in the database as published version 1. */
export async function seedQuestionnaires(): Promise<string[]> {
  await seedPurchasers();
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

/** Answers and submits one questionnaire as the demo provider, through the same services as the app. */
async function submitDemoAnswers(provider: CurrentUser, careTypeKey: string) {
  const version = await latestPublishedVersion(careTypeKey);
  if (!version) return;
  const def = await loadDefinition(version.id);
  const id = await startSubmission(provider, careTypeKey);
  const kinds = new Map(def.sections.flatMap((s) => s.questions).map((q) => [q.key, q.kind]));
  for (const [key, value] of Object.entries(completeAnswers(def, {}, todayInNL()))) {
    if (kinds.get(key) === "file") continue; // documents are uploaded, not answered
    const saved = await saveAnswer(provider, id, key, value, 0);
    if (!saved.ok) throw new Error(`demo answer ${careTypeKey}.${key}: ${saved.reason}`);
  }
  const submitted = await submitSubmission(provider, id, 0);
  if (!submitted.ok) throw new Error(`demo submission ${careTypeKey}: ${submitted.reason}`);
}

/**
 * The demo organisation with one user per role and officer per purchaser, and two submitted answer
 * sets. Officers missing from an older demo database are added and given their purchaser.
 */
export async function seedDemoData(): Promise<{ created: boolean; questionnaires: string[] }> {
  const questionnaires = await seedQuestionnaires();
  const purchasers = new Map((await db.purchaser.findMany()).map((p) => [p.key, p.id]));
  const existing = await db.organisation.findUnique({ where: { kvkNumber: DEMO_ORGANISATION.kvkNumber } });
  const organisation = existing ?? (await db.organisation.create({ data: DEMO_ORGANISATION }));
  let provider: CurrentUser | null = null;
  for (const u of DEMO_USERS) {
    const purchaserId = u.purchaser ? (purchasers.get(u.purchaser) ?? null) : null;
    const found = await db.user.findUnique({ where: { email: u.email } });
    if (found) {
      if (purchaserId && !found.purchaserId) await db.user.update({ where: { id: found.id }, data: { purchaserId } });
      continue;
    }
    const user = await db.user.create({
      data: {
        email: u.email,
        name: u.name,
        role: u.role,
        purchaserId,
        passwordHash: await hashPassword(u.password),
        ...(u.role === "PROVIDER" ? { membership: { create: { organisationId: organisation.id, signatory: true } } } : {}),
      },
    });
    if (u.role === "PROVIDER") {
      provider = { id: user.id, email: user.email, name: user.name, locale: user.locale, role: "PROVIDER", organisationId: organisation.id, signatory: true, purchaserId: null };
    }
  }
  if (provider && !existing) for (const careType of DEMO_SUBMITTED_CARE_TYPES) await submitDemoAnswers(provider, careType);
  return { created: !existing, questionnaires };
}

/**
 * Verdicts that hold: a submitted checklist is stored and shown as evaluated at submission, counted
 * per legal class; the officer grants or refuses an exception with a reason, and both sides see it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db, fixturePurchaserId, unique } from "./db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { addToDate, todayInNL } from "@/lib/dates";
import { createVersion } from "@/lib/server/services/questionnaires";
import { loadPurchaserDecisions, saveAnswer, startSubmission, submitSubmission } from "@/lib/server/services/submissions";
import { decideException, listQueue, submissionReview } from "@/lib/server/services/review";
import { submissionExportData } from "@/lib/server/services/exports";
import { DEFAULT_QUEUE_QUERY } from "@/lib/review/queue";
import { questionnaireSchema } from "@/lib/questionnaire/schema";
import { fixtureInput } from "@/lib/test/fixture";
import { appError } from "./app-error";

const careTypeKey = `verdicts_${Date.now()}`;
const t = (nl: string) => ({ nl, en: nl });

async function makeUser(role: "PROVIDER" | "OFFICER", organisationId: string | null = null): Promise<CurrentUser> {
  const { email } = unique();
  // Officers work for the purchaser of the fixture's questionnaire.
  const purchaserId = role === "OFFICER" ? await fixturePurchaserId() : null;
  const user = await db.user.create({
    data: { email, name: `${role} ${email}`, passwordHash: "not-used", role, purchaserId, ...(organisationId ? { membership: { create: { organisationId, signatory: true } } } : {}) },
  });
  return { id: user.id, email: user.email, name: user.name, locale: "nl", role, organisationId, signatory: !!organisationId, purchaserId };
}

const today = todayInNL();
const ANSWERS = { contract_status: "new", sub_types: ["grz"], wtza: true, wtza_file: null, beds: 12, coverage: 90, kvk_date: addToDate(today, -1, "months"), far_region: true, volume: 50 };

async function submitted(answers: Record<string, unknown> = ANSWERS, submit = true) {
  const { kvk } = unique();
  const organisation = await db.organisation.create({ data: { name: `Verdict ${kvk}`, kvkNumber: kvk, region: "utrecht" } });
  const provider = await makeUser("PROVIDER", organisation.id);
  const id = await startSubmission(provider, careTypeKey);
  for (const [key, value] of Object.entries(answers)) if (value !== null) expect((await saveAnswer(provider, id, key, value, 0)).ok, key).toBe(true);
  if (submit) expect(await submitSubmission(provider, id, 0)).toEqual({ ok: true });
  return { provider, id };
}

let officer: CurrentUser;

beforeAll(async () => {
  const def = questionnaireSchema.parse({
    ...fixtureInput,
    careType: { ...fixtureInput.careType, key: careTypeKey },
    sections: fixtureInput.sections.map((s) =>
      s.key === "algemeen"
        ? { ...s, questions: [...s.questions, { key: "far_region", kind: "yesNo", label: t("Lange reisafstand?") }, { key: "volume", kind: "number", label: t("Volume") }] }
        : s,
    ),
    conditions: [
      ...fixtureInput.conditions,
      { key: "volume_staffel", text: t("Staffel"), legalClass: "payment", basis: { heading: "Staffel" }, rule: { op: "gte", question: "volume", value: 60 }, source: { section: "Staffel", quote: "60" } },
      { key: "volume_exception", text: t("Uitzondering"), legalClass: "purchaserDecides", basis: { heading: "2.2.3" }, rule: { op: "isYes", question: "far_region" }, source: { section: "2.2.3", quote: "uitzondering" } },
    ],
  });
  await db.$transaction((tx) => createVersion(tx, def, { status: "PUBLISHED" }), { timeout: 60_000 });
  officer = await makeUser("OFFICER");
});

describe("the verdict at submission", () => {
  it("is stored per legal class, and shown to the officer as it was then, with what reads differently now", async () => {
    const { id } = await submitted();
    const stored = await db.submission.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ unmetPayment: 1, awaitingDecision: 1, evidenceMissing: 1 });
    expect((stored.checklist as Record<string, string>).kvk_recent).toBe("met");

    const row = (await listQueue(officer, { ...DEFAULT_QUEUE_QUERY, careType: careTypeKey, status: "all" })).rows.find((r) => r.id === id)!;
    expect(row).toMatchObject({ unmetPayment: 1, awaitingDecision: 1, adviceNotMet: stored.adviceNotMet, unmetHard: stored.unmetHard });

    // Three months later the extract would be too old: the verdict at submission stands, the change is shown apart.
    const later = new Date(Date.now() + 120 * 24 * 3600 * 1000);
    const review = await submissionReview(officer, id, later);
    expect(review.checklist.conditions.find((c) => c.condition.key === "kvk_recent")!.status).toBe("met");
    expect(review.changedSinceSubmission).toContainEqual(expect.objectContaining({ key: "kvk_recent", then: "met", now: "notMet" }));
    const pdf = await submissionExportData(officer, id, later);
    expect(pdf.checklist.conditions.find((c) => c.condition.key === "kvk_recent")!.status).toBe("met");
  });
});

describe("exceptions the purchaser decides", () => {
  it("lets only an officer grant or refuse, always with a reason, and both sides see the outcome", async () => {
    const { provider, id } = await submitted();
    await expect(decideException(provider, id, { conditionKey: "volume_exception", granted: true, reason: "x" })).rejects.toSatisfy(appError("forbidden"));
    expect(await decideException(officer, id, { conditionKey: "volume_exception", granted: true, reason: "  " })).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { reason: "review.errors.exceptionReason" },
    });
    await expect(decideException(officer, id, { conditionKey: "volume_staffel", granted: true, reason: "x" })).rejects.toSatisfy(appError("notFound"));
    await expect(decideException(officer, id, { conditionKey: "nope", granted: true, reason: "x" })).rejects.toSatisfy(appError("notFound"));

    expect(await decideException(officer, id, { conditionKey: "volume_exception", granted: true, reason: "Witte vlek in de regio" })).toMatchObject({ ok: true });
    const after = await db.submission.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({ status: "IN_REVIEW", awaitingDecision: 0 });
    expect((after.checklist as Record<string, string>).volume_exception).toBe("met");
    expect(await loadPurchaserDecisions(id)).toEqual({ volume_exception: { granted: true, reason: "Witte vlek in de regio" } });

    // The provider's own export shows the purchaser's word.
    const own = await submissionExportData(provider, id);
    expect(own.checklist.conditions.find((c) => c.condition.key === "volume_exception")!.reasons).toEqual([
      { key: "checklist.reason.granted", values: { reason: "Witte vlek in de regio" } },
    ]);

    // A second decision replaces the first; the audit log keeps both.
    expect(await decideException(officer, id, { conditionKey: "volume_exception", granted: false, reason: "Toch geen knelpunt" })).toMatchObject({ ok: true });
    const review = await submissionReview(officer, id);
    expect(review.exceptionDecisions).toEqual([expect.objectContaining({ conditionKey: "volume_exception", granted: false, reason: "Toch geen knelpunt", by: officer.name })]);
    expect(review.checklist.conditions.find((c) => c.condition.key === "volume_exception")!.status).toBe("notMet");
    const audits = await db.auditLog.findMany({ where: { entityId: id, action: "submission.exceptionDecided" } });
    expect(audits).toHaveLength(2);
  });

  it("is refused on a draft (not found) and once decided (not reviewable)", async () => {
    const draft = await submitted(ANSWERS, false);
    await expect(decideException(officer, draft.id, { conditionKey: "volume_exception", granted: true, reason: "x" })).rejects.toSatisfy(appError("notFound"));
    const { id } = await submitted();
    await db.submission.update({ where: { id }, data: { status: "APPROVED" } });
    expect(await decideException(officer, id, { conditionKey: "volume_exception", granted: true, reason: "x" })).toMatchObject({ ok: false, reason: "notReviewable" });
  });
});

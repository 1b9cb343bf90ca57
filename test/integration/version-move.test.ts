import { beforeAll, describe, expect, it } from "vitest";
import { db, unique } from "./db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { createVersion } from "@/lib/server/services/questionnaires";
import { loadAnswers, saveAnswer, startSubmission } from "@/lib/server/services/submissions";
import { uploadEvidence } from "@/lib/server/services/evidence";
import { moveSubmissionToVersion, versionMoveOffer } from "@/lib/server/services/version-move";
import { questionnaireSchema, type QuestionnaireDefinition } from "@/lib/questionnaire/schema";
import { fixtureInput } from "@/lib/test/fixture";
import { appError } from "./app-error";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n");

async function provider(): Promise<CurrentUser> {
  const { email, kvk } = unique();
  const organisation = await db.organisation.create({ data: { name: "Zorggroep Versie", kvkNumber: kvk, region: "utrecht" } });
  const user = await db.user.create({
    data: { email, name: `Aanbieder ${email}`, passwordHash: "not-used", role: "PROVIDER", membership: { create: { organisationId: organisation.id, signatory: true } } },
  });
  return { id: user.id, email, name: user.name, locale: "nl", role: "PROVIDER", organisationId: organisation.id, signatory: true, purchaserId: null };
}

let careType = "";
let v1: QuestionnaireDefinition;

/** Version 2: "plan" is gone, "beds" allows at most 50, "wtza_file" is no longer a file question, "fte" is new. */
function secondVersion(): QuestionnaireDefinition {
  const def = structuredClone(v1);
  const general = def.sections[1]!;
  general.questions = general.questions
    .filter((q) => q.key !== "plan")
    .map((q) => (q.key === "beds" ? { ...q, max: 50 } : q.key === "wtza_file" ? { ...q, kind: "shortText" as const } : q));
  general.questions.push({ key: "fte", kind: "number", label: { nl: "Fte", en: "FTE" }, required: true });
  def.conditions = def.conditions.filter((c) => !["plan_given", "wtza", "file_only"].includes(c.key));
  return def;
}

async function answer(user: CurrentUser, submissionId: string, values: Record<string, unknown>) {
  for (const [key, value] of Object.entries(values)) {
    const r = await saveAnswer(user, submissionId, key, value, 0);
    if (!r.ok) throw new Error(`${key}: ${r.reason}`);
  }
}

beforeAll(async () => {
  careType = `move_${Date.now()}`;
  v1 = questionnaireSchema.parse({ ...fixtureInput, careType: { ...fixtureInput.careType, key: careType } });
  await db.$transaction((tx) => createVersion(tx, v1, { status: "PUBLISHED" }), { timeout: 60_000 });
});

describe("moving an unsubmitted draft to the newest version", () => {
  let user: CurrentUser;
  let submissionId = "";

  it("offers nothing while the submission is on the newest version", async () => {
    user = await provider();
    submissionId = await startSubmission(user, careType);
    await answer(user, submissionId, { wtza: true, beds: 80, coverage: 90, plan: "Ons plan", contract_status: "existing" });
    expect((await uploadEvidence(user, submissionId, "wtza_file", { name: "wtza.pdf", bytes: PDF })).ok).toBe(true);
    expect(await versionMoveOffer(user, submissionId)).toBeNull();
  });

  it("lists what will no longer apply once a newer version is published", async () => {
    await db.$transaction((tx) => createVersion(tx, secondVersion(), { status: "PUBLISHED" }), { timeout: 60_000 });
    const offer = await versionMoveOffer(user, submissionId);
    expect(offer).toMatchObject({ currentNumber: 1, targetNumber: 2, keptAnswers: 3 });
    expect(offer!.dropped).toEqual([
      { questionKey: "beds", label: { nl: "Aantal bedden", en: "Aantal bedden" }, kind: "number", reason: "incompatible", value: 80, files: [] },
      { questionKey: "plan", label: { nl: "Plan", en: "Plan" }, kind: "longText", reason: "removed", value: "Ons plan", files: [] },
      { questionKey: "wtza_file", label: { nl: "Wtza-vergunning", en: "Wtza-vergunning" }, kind: "file", reason: "incompatible", value: null, files: ["wtza.pdf"] },
    ]);
  });

  it("refuses other organisations and stale targets", async () => {
    const other = await provider();
    await expect(versionMoveOffer(other, submissionId)).rejects.toSatisfy(appError("notFound"));
    await expect(moveSubmissionToVersion(other, submissionId, "x")).rejects.toSatisfy(appError("notFound"));
    const officer = { ...other, role: "OFFICER" as const, organisationId: null };
    await expect(moveSubmissionToVersion(officer, submissionId, "x")).rejects.toSatisfy(appError("notFound"));
    expect(await moveSubmissionToVersion(user, submissionId, "not-the-newest")).toEqual({ ok: false, reason: "stale" });
  });

  it("moves, keeping the answers that fit and removing the rest, with an audit entry", async () => {
    const offer = (await versionMoveOffer(user, submissionId))!;
    const before = await db.submission.findUniqueOrThrow({ where: { id: submissionId } });
    const blobIds = (await db.evidenceFile.findMany({ where: { submissionId }, select: { blobId: true } })).map((f) => f.blobId);
    expect(blobIds).toHaveLength(1);
    expect(await moveSubmissionToVersion(user, submissionId, offer.targetVersionId)).toEqual({ ok: true });

    const after = await db.submission.findUniqueOrThrow({ where: { id: submissionId } });
    expect(after.versionId).toBe(offer.targetVersionId);
    expect(after.revision).toBe(before.revision + 1);
    // The summary is the new version's: "fte" is a new required question, "plan_given" is gone.
    expect(Object.keys(after.checklist as object)).not.toContain("plan_given");
    expect(after.requiredVisible).not.toBe(before.requiredVisible);

    const { stored, files } = await loadAnswers(submissionId);
    expect(Object.keys(stored).sort()).toEqual(["contract_status", "coverage", "wtza"]);
    expect(files).toEqual([]);
    expect(await db.fileBlob.count({ where: { id: { in: blobIds as string[] } } })).toBe(0);
    // The dropped file stays on record as removed by the mover.
    expect(await db.evidenceFile.findMany({ where: { submissionId }, select: { removedById: true, blobId: true } })).toEqual([{ removedById: user.id, blobId: null }]);

    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: submissionId, action: "submission.versionMoved" } });
    expect(entry.actorId).toBe(user.id);
    expect(entry.details).toMatchObject({ from: 1, to: 2, keptAnswers: 3, dropped: [{ questionKey: "beds", value: 80 }, { questionKey: "plan" }, { questionKey: "wtza_file", files: ["wtza.pdf"] }] });

    expect(await versionMoveOffer(user, submissionId)).toBeNull();
    expect(await moveSubmissionToVersion(user, submissionId, offer.targetVersionId)).toEqual({ ok: false, reason: "stale" });
  });

  it("does not move a submitted submission, nor onto a version the organisation already has", async () => {
    const second = await provider();
    const newestId = (await db.submission.create({
      data: { organisationId: second.organisationId!, versionId: (await db.submission.findUniqueOrThrow({ where: { id: submissionId } })).versionId, createdById: second.id },
    })).id;
    // An older draft beside one on the newest version: nothing to offer, and moving is refused.
    const v1Id = (await db.questionnaireVersion.findFirstOrThrow({ where: { questionnaire: { careType: { key: careType } }, number: 1 } })).id;
    const older = await db.submission.create({ data: { organisationId: second.organisationId!, versionId: v1Id, createdById: second.id } });
    expect(await versionMoveOffer(second, older.id)).toBeNull();
    const newest = await db.submission.findUniqueOrThrow({ where: { id: newestId } });
    expect(await moveSubmissionToVersion(second, older.id, newest.versionId)).toEqual({ ok: false, reason: "exists" });

    await db.submission.update({ where: { id: older.id }, data: { status: "SUBMITTED" } });
    expect(await versionMoveOffer(second, older.id)).toBeNull();
    await expect(moveSubmissionToVersion(second, older.id, newest.versionId)).rejects.toSatisfy(appError("notEditable"));
  });
});

describe("moving when questions were renamed or split", () => {
  it("carries answers and files to the questions that replace theirs", async () => {
    const key = `move_replaced_${Date.now()}`;
    const first = questionnaireSchema.parse({ ...fixtureInput, careType: { ...fixtureInput.careType, key } });
    await db.$transaction((tx) => createVersion(tx, first, { status: "PUBLISHED" }), { timeout: 60_000 });
    const user = await provider();
    const submissionId = await startSubmission(user, key);
    await answer(user, submissionId, { plan: "Ons plan", beds: 12, name: "Anna" });
    expect((await uploadEvidence(user, submissionId, "wtza_file", { name: "wtza.pdf", bytes: PDF })).ok).toBe(true);

    // Version 2: "plan" renamed, "beds" split in two, the Wtza file question renamed.
    const next = structuredClone(first);
    const t = (nl: string) => ({ nl, en: nl });
    next.sections[1]!.questions = next.sections[1]!.questions.flatMap((q) =>
      q.key === "plan"
        ? [{ ...q, key: "care_plan", replaces: ["plan"] }]
        : q.key === "beds"
          ? [
              { ...q, key: "beds_elv", label: t("Bedden ELV"), replaces: ["beds"] },
              { ...q, key: "beds_grz", label: t("Bedden GRZ"), replaces: ["beds"] },
            ]
          : q.key === "wtza_file"
            ? [{ ...q, key: "licence_file", replaces: ["wtza_file"] }]
            : [q],
    );
    next.conditions = next.conditions.filter((c) => !/"(plan|beds|wtza_file)"/.test(JSON.stringify(c)));
    await db.$transaction((tx) => createVersion(tx, next, { status: "PUBLISHED" }), { timeout: 60_000 });

    const offer = (await versionMoveOffer(user, submissionId))!;
    expect(offer).toMatchObject({ currentNumber: 1, targetNumber: 2, keptAnswers: 3, dropped: [] });
    expect(await moveSubmissionToVersion(user, submissionId, offer.targetVersionId)).toEqual({ ok: true });

    const { stored, files } = await loadAnswers(submissionId);
    expect(Object.fromEntries(Object.entries(stored).map(([k, a]) => [k, a.value]))).toEqual({ care_plan: "Ons plan", beds_elv: 12, beds_grz: 12, name: "Anna" });
    expect(files.map((f) => [f.questionKey, f.fileName])).toEqual([["licence_file", "wtza.pdf"]]);
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: submissionId, action: "submission.versionMoved" } });
    const details = entry.details as { dropped: unknown[]; moved: { from: string; to: string }[] };
    expect(details.dropped).toEqual([]);
    expect(details.moved.map((m) => `${m.from}>${m.to}`).sort()).toEqual(["beds>beds_elv", "beds>beds_grz", "plan>care_plan", "wtza_file>licence_file"]);
  });
});

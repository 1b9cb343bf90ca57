import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db, fixturePurchaserId, unique } from "./db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { createVersion } from "@/lib/server/services/questionnaires";
import { saveAnswer, startSubmission } from "@/lib/server/services/submissions";
import { getEvidenceForDownload, removeEvidence, uploadEvidence } from "@/lib/server/services/evidence";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/file-type";
import { questionnaireSchema } from "@/lib/questionnaire/schema";
import { fixtureInput } from "@/lib/test/fixture";
import { appError } from "./app-error";

const careTypeKey = `evidence_${Date.now()}`;
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n");
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);

async function makeUser(role: "PROVIDER" | "OFFICER", organisationId: string | null, purchaserId: string | null = null): Promise<CurrentUser> {
  const { email } = unique();
  // Officers work for the purchaser of the fixture's questionnaire unless told otherwise.
  if (role === "OFFICER" && purchaserId === null) purchaserId = await fixturePurchaserId();
  const user = await db.user.create({
    data: {
      email,
      name: `${role === "PROVIDER" ? "Aanbieder" : "Inkoper"} ${email}`,
      passwordHash: "not-used",
      role,
      purchaserId,
      ...(organisationId ? { membership: { create: { organisationId, signatory: true } } } : {}),
    },
  });
  return { id: user.id, email: user.email, name: user.name, locale: "nl", role, organisationId, signatory: !!organisationId, purchaserId };
}

/** A fresh organisation with a provider user and a draft submission in which "wtza" is answered yes. */
async function providerWithSubmission() {
  const { kvk } = unique();
  const organisation = await db.organisation.create({ data: { name: "Zorggroep Bewijs", kvkNumber: kvk, region: "utrecht" } });
  const provider = await makeUser("PROVIDER", organisation.id);
  const submissionId = await startSubmission(provider, careTypeKey);
  const saved = await saveAnswer(provider, submissionId, "wtza", true, 0);
  expect(saved.ok).toBe(true);
  return { organisation, provider, submissionId };
}

let officer: CurrentUser;

beforeAll(async () => {
  const def = questionnaireSchema.parse({ ...fixtureInput, careType: { ...fixtureInput.careType, key: careTypeKey } });
  await db.$transaction((tx) => createVersion(tx, def, { status: "PUBLISHED" }), { timeout: 60_000 });
  officer = await makeUser("OFFICER", null);
});

describe("evidence uploads", () => {
  it("stores a valid PDF with its hash and a safe name, and updates the checklist summary", async () => {
    const { provider, submissionId } = await providerWithSubmission();
    const before = await db.submission.findUniqueOrThrow({ where: { id: submissionId } });
    expect(before.checklist).toMatchObject({ wtza: "evidenceMissing", file_only: "notMet" });

    const result = await uploadEvidence(provider, submissionId, "wtza_file", { name: "../Vergunning Wtza – 2026.exe", bytes: PDF });
    if (!result.ok) throw new Error(`upload refused: ${result.reason}`);
    expect(result.file).toMatchObject({ fileName: "Vergunning Wtza 2026.pdf", mimeType: "application/pdf", size: PDF.length, uploadedBy: provider.name });

    const stored = await db.evidenceFile.findUniqueOrThrow({ where: { id: result.file.id }, include: { blob: true } });
    expect(stored.sha256).toBe(createHash("sha256").update(PDF).digest("hex"));
    expect(stored.questionKey).toBe("wtza_file");
    expect(stored.uploadedById).toBe(provider.id);
    expect(Buffer.from(stored.blob!.data).equals(Buffer.from(PDF))).toBe(true);

    const after = await db.submission.findUniqueOrThrow({ where: { id: submissionId } });
    expect(after.checklist).toMatchObject({ wtza: "met", file_only: "met" });
    expect(after.evidenceMissing).toBe(before.evidenceMissing - 1);
    expect(after.unmetHard).toBe(before.unmetHard - 1);

    const download = await getEvidenceForDownload(provider, result.file.id);
    expect(download.mimeType).toBe("application/pdf");
    expect(Buffer.from(download.data).equals(Buffer.from(PDF))).toBe(true);
  });

  it("refuses a renamed executable, an empty file and one over 10 MB", async () => {
    const { provider, submissionId } = await providerWithSubmission();
    expect(await uploadEvidence(provider, submissionId, "wtza_file", { name: "vergunning.pdf", bytes: EXE })).toEqual({ ok: false, reason: "type" });
    expect(await uploadEvidence(provider, submissionId, "wtza_file", { name: "leeg.pdf", bytes: new Uint8Array(0) })).toEqual({ ok: false, reason: "empty" });
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1);
    big.set(PDF);
    expect(await uploadEvidence(provider, submissionId, "wtza_file", { name: "groot.pdf", bytes: big })).toEqual({ ok: false, reason: "tooLarge" });
    expect(await db.evidenceFile.count({ where: { submissionId } })).toBe(0);
  });

  it("accepts a file of exactly 10 MB", async () => {
    const { provider, submissionId } = await providerWithSubmission();
    const max = new Uint8Array(MAX_EVIDENCE_BYTES);
    max.set(PDF);
    const result = await uploadEvidence(provider, submissionId, "wtza_file", { name: "precies.pdf", bytes: max });
    expect(result).toMatchObject({ ok: true, file: { size: MAX_EVIDENCE_BYTES } });
  });

  it("only accepts uploads for file questions of the submission's questionnaire", async () => {
    const { provider, submissionId } = await providerWithSubmission();
    await expect(uploadEvidence(provider, submissionId, "wtza", { name: "a.pdf", bytes: PDF })).rejects.toSatisfy(appError("notFound"));
    await expect(uploadEvidence(provider, submissionId, "no_such_question", { name: "a.pdf", bytes: PDF })).rejects.toSatisfy(appError("notFound"));
    await expect(uploadEvidence(provider, "no-such-submission", "wtza_file", { name: "a.pdf", bytes: PDF })).rejects.toSatisfy(appError("notFound"));
  });

  it("hides another organisation's files from a provider: upload, download and remove are not found", async () => {
    const { provider, submissionId } = await providerWithSubmission();
    const other = await providerWithSubmission();
    const result = await uploadEvidence(provider, submissionId, "wtza_file", { name: "a.pdf", bytes: PDF });
    if (!result.ok) throw new Error(result.reason);

    await expect(uploadEvidence(other.provider, submissionId, "wtza_file", { name: "b.pdf", bytes: PDF })).rejects.toSatisfy(appError("notFound"));
    await expect(getEvidenceForDownload(other.provider, result.file.id)).rejects.toSatisfy(appError("notFound"));
    await expect(removeEvidence(other.provider, result.file.id)).rejects.toSatisfy(appError("notFound"));
    expect(await db.evidenceFile.count({ where: { id: result.file.id } })).toBe(1);
  });

  it("lets an officer download only once the submission is no longer a draft, and never change it", async () => {
    const { provider, submissionId } = await providerWithSubmission();
    const result = await uploadEvidence(provider, submissionId, "wtza_file", { name: "a.pdf", bytes: PDF });
    if (!result.ok) throw new Error(result.reason);

    await expect(getEvidenceForDownload(officer, result.file.id)).rejects.toSatisfy(appError("notFound"));
    await db.submission.update({ where: { id: submissionId }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    const download = await getEvidenceForDownload(officer, result.file.id);
    expect(download.fileName).toBe("a.pdf");
    expect(Buffer.from(download.data).equals(Buffer.from(PDF))).toBe(true);

    await expect(uploadEvidence(officer, submissionId, "wtza_file", { name: "b.pdf", bytes: PDF })).rejects.toSatisfy(appError("forbidden"));
    await expect(removeEvidence(officer, result.file.id)).rejects.toSatisfy(appError("forbidden"));
  });

  it("refuses uploads and removals once the submission is submitted", async () => {
    const { provider, submissionId } = await providerWithSubmission();
    const result = await uploadEvidence(provider, submissionId, "wtza_file", { name: "a.pdf", bytes: PDF });
    if (!result.ok) throw new Error(result.reason);
    await db.submission.update({ where: { id: submissionId }, data: { status: "SUBMITTED", submittedAt: new Date() } });

    await expect(uploadEvidence(provider, submissionId, "wtza_file", { name: "b.pdf", bytes: PDF })).rejects.toSatisfy(appError("notEditable"));
    await expect(removeEvidence(provider, result.file.id)).rejects.toSatisfy(appError("notEditable"));
    expect(await db.evidenceFile.count({ where: { submissionId, removedAt: null } })).toBe(1);

    // Back with the provider (changes requested): editable again.
    await db.submission.update({ where: { id: submissionId }, data: { status: "CHANGES_REQUESTED" } });
    expect(await removeEvidence(provider, result.file.id)).toEqual({ ok: true });
  });

  it("removes a file's bytes, records the removal on the file, updates the summary and audits upload and removal", async () => {
    const { provider, submissionId, organisation } = await providerWithSubmission();
    const result = await uploadEvidence(provider, submissionId, "wtza_file", { name: "a.pdf", bytes: PDF });
    if (!result.ok) throw new Error(result.reason);
    const { blobId } = await db.evidenceFile.findUniqueOrThrow({ where: { id: result.file.id } });
    if (!blobId) throw new Error("no bytes stored");
    expect((await db.submission.findUniqueOrThrow({ where: { id: submissionId } })).checklist).toMatchObject({ wtza: "met" });

    expect(await removeEvidence(provider, result.file.id)).toEqual({ ok: true });
    expect(await db.evidenceFile.findUniqueOrThrow({ where: { id: result.file.id } })).toMatchObject({ removedById: provider.id, blobId: null, removedAt: expect.any(Date) });
    expect(await db.fileBlob.count({ where: { id: blobId } })).toBe(0);
    expect((await db.submission.findUniqueOrThrow({ where: { id: submissionId } })).checklist).toMatchObject({ wtza: "evidenceMissing", file_only: "notMet" });
    await expect(removeEvidence(provider, result.file.id)).rejects.toSatisfy(appError("notFound"));
    await expect(getEvidenceForDownload(provider, result.file.id)).rejects.toSatisfy(appError("notFound"));

    const log = await db.auditLog.findMany({ where: { entityType: "evidenceFile", entityId: result.file.id }, orderBy: { id: "asc" } });
    expect(log.map((l) => l.action)).toEqual(["evidence.uploaded", "evidence.removed"]);
    for (const entry of log) {
      expect(entry.actorId).toBe(provider.id);
      expect(entry.organisationId).toBe(organisation.id);
    }
  });

  it("keeps several files per question; the evidence stays met until the last one is removed", async () => {
    const { provider, submissionId } = await providerWithSubmission();
    const first = await uploadEvidence(provider, submissionId, "wtza_file", { name: "a.pdf", bytes: PDF });
    const second = await uploadEvidence(provider, submissionId, "wtza_file", { name: "b.pdf", bytes: PDF });
    if (!first.ok || !second.ok) throw new Error("upload refused");
    expect(await removeEvidence(provider, first.file.id)).toEqual({ ok: true });
    expect((await db.submission.findUniqueOrThrow({ where: { id: submissionId } })).checklist).toMatchObject({ wtza: "met" });
    expect(await removeEvidence(provider, second.file.id)).toEqual({ ok: true });
    expect((await db.submission.findUniqueOrThrow({ where: { id: submissionId } })).checklist).toMatchObject({ wtza: "evidenceMissing" });
  });
});

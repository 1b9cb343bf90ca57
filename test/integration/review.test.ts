import { beforeAll, describe, expect, it } from "vitest";
import { db, fixturePurchaserId, unique } from "./db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { createVersion } from "@/lib/server/services/questionnaires";
import { saveAnswer, startSubmission, submitSubmission } from "@/lib/server/services/submissions";
import {
  answersExport,
  careTypeOverview,
  currentDecision,
  decide,
  listQueue,
  reviewAnswer,
  startReview,
  submissionReview,
} from "@/lib/server/services/review";
import { answersCsv, type CsvLabels } from "@/lib/review/export";
import { DEFAULT_QUEUE_QUERY, type QueueQuery } from "@/lib/review/queue";
import { questionnaireSchema } from "@/lib/questionnaire/schema";
import { fixtureInput } from "@/lib/test/fixture";
import { getEvidenceForDownload, removeEvidence, uploadEvidence } from "@/lib/server/services/evidence";
import { submissionExportData } from "@/lib/server/services/exports";
import { appError } from "./app-error";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n");

const careTypeKey = `review_${Date.now()}`;

async function makeUser(role: "PROVIDER" | "OFFICER" | "ADMIN", organisationId: string | null = null, purchaserId: string | null = null): Promise<CurrentUser> {
  const { email } = unique();
  // Officers work for the purchaser of the fixture's questionnaire unless told otherwise.
  if (role === "OFFICER" && purchaserId === null) purchaserId = await fixturePurchaserId();
  const user = await db.user.create({
    data: {
      email,
      name: `${role} ${email}`,
      passwordHash: "not-used",
      role,
      purchaserId,
      ...(organisationId ? { membership: { create: { organisationId, signatory: true } } } : {}),
    },
  });
  return { id: user.id, email: user.email, name: user.name, locale: "nl", role, organisationId, signatory: !!organisationId, purchaserId };
}

const COMPLETE = { contract_status: "existing", sub_types: ["grz"], wtza: true, beds: 12, coverage: 90, kvk_date: "2026-01-05" };

/** An organisation whose submission for the test questionnaire is answered and, unless told otherwise, submitted. */
async function organisationWith(name: string, options: { region?: string; answers?: Record<string, unknown>; submit?: boolean } = {}) {
  const { kvk } = unique();
  const organisation = await db.organisation.create({ data: { name, kvkNumber: kvk, region: options.region ?? "utrecht" } });
  const provider = await makeUser("PROVIDER", organisation.id);
  const id = await startSubmission(provider, careTypeKey);
  for (const [key, value] of Object.entries({ ...COMPLETE, ...options.answers })) {
    const saved = await saveAnswer(provider, id, key, value, 0);
    expect(saved.ok, key).toBe(true);
  }
  if (options.submit !== false) expect(await submitSubmission(provider, id, 0)).toEqual({ ok: true });
  return { organisation, provider, id };
}

const query = (q: Partial<QueueQuery> = {}): QueueQuery => ({ ...DEFAULT_QUEUE_QUERY, careType: careTypeKey, status: "all", ...q });
const revisionOf = async (id: string) => (await db.submission.findUniqueOrThrow({ where: { id } })).revision;
const auditActions = async (id: string) =>
  (await db.auditLog.findMany({ where: { entityType: "submission", entityId: id }, orderBy: { id: "asc" } })).map((a) => a.action);

let officer: CurrentUser;
let secondOfficer: CurrentUser;

beforeAll(async () => {
  const def = questionnaireSchema.parse({ ...fixtureInput, careType: { ...fixtureInput.careType, key: careTypeKey } });
  await db.$transaction((tx) => createVersion(tx, def, { status: "PUBLISHED" }), { timeout: 60_000 });
  officer = await makeUser("OFFICER");
  secondOfficer = await makeUser("OFFICER");
});

describe("the review queue", () => {
  let linde: Awaited<ReturnType<typeof organisationWith>>;
  let eik: Awaited<ReturnType<typeof organisationWith>>;
  let draft: Awaited<ReturnType<typeof organisationWith>>;

  beforeAll(async () => {
    linde = await organisationWith("Zorggroep De Linde-Queue", { region: "utrecht" });
    eik = await organisationWith("Eikenhof Zorg", { region: "zeeland", answers: { coverage: 50 } });
    draft = await organisationWith("Concept Zorg", { submit: false });
  });

  it("lists submitted submissions, never drafts, with the stored checklist summary", async () => {
    const page = await listQueue(officer, query());
    const ids = page.rows.map((r) => r.id);
    expect(ids).toContain(linde.id);
    expect(ids).toContain(eik.id);
    expect(ids).not.toContain(draft.id);
    expect(page.total).toBe(page.rows.length);
    const row = page.rows.find((r) => r.id === eik.id)!;
    expect(row).toMatchObject({ status: "SUBMITTED", organisation: { name: "Eikenhof Zorg", region: "zeeland" }, careType: { key: careTypeKey } });
    expect(row.unmetHard).toBeGreaterThan(page.rows.find((r) => r.id === linde.id)!.unmetHard);
  });

  it("filters by region, unmet hard conditions, name, KvK number and submission date", async () => {
    const ids = async (q: Partial<QueueQuery>) => (await listQueue(officer, query(q))).rows.map((r) => r.id);
    expect(await ids({ region: "zeeland" })).toEqual([eik.id]);
    expect(await ids({ q: "linde-QUEUE" })).toEqual([linde.id]);
    expect(await ids({ q: linde.organisation.kvkNumber.slice(0, 6) })).toEqual([linde.id]);
    expect(await ids({ unmet: "yes", q: "Eikenhof" })).toEqual([eik.id]);
    expect(await ids({ unmet: "no", q: "Eikenhof" })).toEqual([]);
    const today = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/Amsterdam" });
    expect(await ids({ from: today, to: today, q: "Eikenhof" })).toEqual([eik.id]);
    expect(await ids({ to: "2000-01-01" })).toEqual([]);
    expect(await ids({ careType: "no_such_care_type" })).toEqual([]);
    expect(await ids({ status: "APPROVED", q: "Eikenhof" })).toEqual([]);
  });

  it("sorts and pages in the database", async () => {
    const byName = (await listQueue(officer, query({ sort: "organisation" }))).rows.map((r) => r.organisation.name);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
    const byUnmet = (await listQueue(officer, query({ sort: "unmet", dir: "desc" }))).rows.map((r) => r.unmetHard);
    expect(byUnmet).toEqual([...byUnmet].sort((a, b) => b - a));
    const first = await listQueue(officer, query({ size: 25, page: 1 }));
    const beyond = await listQueue(officer, query({ size: 25, page: 1000 }));
    expect(beyond.rows).toEqual([]);
    expect(beyond.total).toBe(first.total);
  });

  it("is for officers only", async () => {
    await expect(listQueue(linde.provider, query())).rejects.toSatisfy(appError("forbidden"));
    await expect(listQueue(await makeUser("ADMIN"), query())).rejects.toSatisfy(appError("forbidden"));
  });
});

describe("reviewing and deciding", () => {
  it("takes a submission into review at the first comment, records everything, and needs a comment to ask for a change", async () => {
    const { id } = await organisationWith("Zorg Commentaar");
    const bad = await reviewAnswer(officer, id, { questionKey: "coverage", verdict: "NEEDS_CHANGE", comment: " " });
    expect(bad).toEqual({ ok: false, reason: "invalid", fieldErrors: { comment: "review.errors.commentRequired" } });
    await expect(reviewAnswer(officer, id, { questionKey: "no_such_question", verdict: "ACCEPTED", comment: "" })).rejects.toSatisfy(appError("notFound"));

    const ok = await reviewAnswer(officer, id, { questionKey: "wtza", verdict: "ACCEPTED", comment: "" });
    expect(ok).toEqual({ ok: true, revision: 2 });
    const s = await db.submission.findUniqueOrThrow({ where: { id } });
    expect(s.status).toBe("IN_REVIEW");
    expect(await auditActions(id)).toEqual(["submission.started", "submission.submitted", "submission.reviewStarted", "submission.answerReviewed"]);
    // Starting a review that another officer already started is refused with who did it.
    const again = await startReview(secondOfficer, id, 1);
    expect(again).toMatchObject({ ok: false, reason: "stale", current: { status: "IN_REVIEW", by: officer.name } });
  });

  it("keeps a submitted submission away from its provider until changes are requested: every write is refused under the lock", async () => {
    const { id, provider } = await organisationWith("Zorg Op Slot");
    const before = await db.submission.findUniqueOrThrow({ where: { id } });
    await expect(saveAnswer(provider, id, "coverage", 95, 1)).rejects.toSatisfy(appError("notEditable"));
    await expect(submitSubmission(provider, id, before.revision)).rejects.toSatisfy(appError("notEditable"));
    await expect(uploadEvidence(provider, id, "wtza_file", { name: "vergunning.pdf", bytes: PDF })).rejects.toSatisfy(appError("notEditable"));
    expect(await db.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUBMITTED", revision: before.revision });

    expect(await decide(officer, id, before.revision, { decision: "requestChanges", message: "Graag aanvullen." })).toMatchObject({ ok: true });
    expect(await saveAnswer(provider, id, "coverage", 95, 1)).toMatchObject({ ok: true, version: 2 });
  });

  it("counts a document removed after the request for changes as changed, read from the file's own record", async () => {
    const { id, provider } = await organisationWith("Zorg Met Bijlage", { submit: false });
    const uploaded = await uploadEvidence(provider, id, "wtza_file", { name: "vergunning.pdf", bytes: PDF });
    if (!uploaded.ok) throw new Error(uploaded.reason);
    expect(await submitSubmission(provider, id, 0)).toEqual({ ok: true });
    expect(await decide(officer, id, 1, { decision: "requestChanges", message: "Graag een nieuwere vergunning." })).toEqual({ ok: true, revision: 2 });
    await removeEvidence(provider, uploaded.file.id);
    expect(await submitSubmission(provider, id, 2)).toEqual({ ok: true });
    const review = await submissionReview(officer, id);
    expect(review.changes?.keys).toEqual(["wtza_file"]);
    expect(review.files).toEqual([]);
    await expect(getEvidenceForDownload(officer, uploaded.file.id)).rejects.toSatisfy(appError("notFound"));
  });

  it("sends a submission back, shows the provider the comments, and shows the officer what changed", async () => {
    const { id, provider } = await organisationWith("Zorg Heen en Weer", { answers: { coverage: 80 } });
    expect(await startReview(officer, id, 1)).toEqual({ ok: true, revision: 2 });
    // Neither a message nor an answer needing change: the provider would not know what to do.
    expect(await decide(officer, id, 2, { decision: "requestChanges", message: "" })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { message: "review.errors.changesRequired" },
    });
    await reviewAnswer(officer, id, { questionKey: "coverage", verdict: "NEEDS_CHANGE", comment: "Graag het percentage van 2026." });
    expect(await decide(officer, id, 2, { decision: "requestChanges", message: "" })).toEqual({ ok: true, revision: 3 });
    expect(await currentDecision(id)).toMatchObject({ status: "CHANGES_REQUESTED", by: officer.name });
    // No more comments or decisions while it is with the provider.
    expect(await reviewAnswer(officer, id, { questionKey: "wtza", verdict: "ACCEPTED", comment: "" })).toMatchObject({ ok: false, reason: "notReviewable" });
    expect(await decide(officer, id, 3, { decision: "approve", message: "" })).toMatchObject({ ok: false, reason: "notReviewable" });

    expect((await saveAnswer(provider, id, "coverage", 92, 1)).ok).toBe(true);
    expect(await submitSubmission(provider, id, 3)).toEqual({ ok: true });
    const review = await submissionReview(officer, id);
    expect(review.changes).toMatchObject({ keys: ["coverage"], before: { coverage: 80 }, reviewer: officer.name });
    expect(review.notes.map((n) => n.comment)).toContain("Graag het percentage van 2026.");
    // The change request of the previous round does not count any more.
    const rev = await revisionOf(id);
    expect(await decide(officer, id, rev, { decision: "requestChanges", message: "" })).toMatchObject({ ok: false, reason: "invalid" });

    expect(await decide(officer, id, rev, { decision: "approve", message: "Akkoord, dank u." })).toEqual({ ok: true, revision: rev + 1 });
    expect(await currentDecision(id)).toMatchObject({ status: "APPROVED", reason: "Akkoord, dank u." });
    const s = await db.submission.findUniqueOrThrow({ where: { id } });
    expect(s).toMatchObject({ status: "APPROVED", decisionReason: "Akkoord, dank u." });
    expect(s.decidedAt).toBeInstanceOf(Date);
    expect(await auditActions(id)).toEqual([
      "submission.started",
      "submission.submitted",
      "submission.reviewStarted",
      "submission.answerReviewed",
      "submission.changesRequested",
      "submission.resubmitted",
      "submission.approved",
    ]);
    const approved = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "submission.approved" } });
    expect(approved).toMatchObject({ actorId: officer.id, actorEmail: officer.email });
  });

  it("needs a reason to reject", async () => {
    const { id } = await organisationWith("Zorg Afgewezen");
    expect(await decide(officer, id, 1, { decision: "reject", message: "" })).toMatchObject({ fieldErrors: { message: "review.errors.reasonRequired" } });
    expect(await decide(officer, id, 1, { decision: "reject", message: "Geen Wtza-vergunning." })).toMatchObject({ ok: true });
    expect(await currentDecision(id)).toMatchObject({ status: "REJECTED", reason: "Geen Wtza-vergunning." });
  });

  it("lets only one of two officers deciding at the same moment win; the other is told who was first", async () => {
    const { id } = await organisationWith("Zorg Gelijktijdig");
    const results = await Promise.all([
      decide(officer, id, 1, { decision: "approve", message: "" }),
      decide(secondOfficer, id, 1, { decision: "reject", message: "Onvoldoende onderbouwd." }),
    ]);
    const won = results.filter((r) => r.ok);
    const lost = results.filter((r) => !r.ok);
    expect(won).toHaveLength(1);
    expect(lost).toEqual([{ ok: false, reason: "stale", current: expect.objectContaining({ status: expect.stringMatching(/APPROVED|REJECTED/) }) }]);
    const events = await db.submissionEvent.findMany({ where: { submissionId: id, toStatus: { in: ["APPROVED", "REJECTED"] } } });
    expect(events).toHaveLength(1);
  });

  it("refuses providers and administrators every officer action, and drafts to officers", async () => {
    const { id, provider } = await organisationWith("Zorg Geen Inkoper");
    const admin = await makeUser("ADMIN");
    for (const user of [provider, admin]) {
      await expect(startReview(user, id, 1)).rejects.toSatisfy(appError("forbidden"));
      await expect(reviewAnswer(user, id, { questionKey: "wtza", verdict: "ACCEPTED", comment: "" })).rejects.toSatisfy(appError("forbidden"));
      await expect(decide(user, id, 1, { decision: "approve", message: "" })).rejects.toSatisfy(appError("forbidden"));
      await expect(submissionReview(user, id)).rejects.toSatisfy(appError("forbidden"));
      await expect(answersExport(user, [id])).rejects.toSatisfy(appError("forbidden"));
    }
    await expect(careTypeOverview(provider, null)).rejects.toSatisfy(appError("forbidden"));
    const { id: draftId } = await organisationWith("Zorg Nog Concept", { submit: false });
    await expect(submissionReview(officer, draftId)).rejects.toSatisfy(appError("notFound"));
    await expect(decide(officer, draftId, 0, { decision: "approve", message: "" })).rejects.toSatisfy(appError("notFound"));
    await expect(answersExport(officer, [draftId])).rejects.toSatisfy(appError("notFound"));
    expect((await db.submission.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });
});

describe("overview and export", () => {
  it("counts submissions by status and the conditions most often not met, from the stored checklists", async () => {
    await organisationWith("Zorg Overzicht Eén", { answers: { coverage: 40 } });
    await organisationWith("Zorg Overzicht Twee", { answers: { coverage: 60 } });
    const overview = await careTypeOverview(officer, careTypeKey);
    expect(overview.selected).toBe(careTypeKey);
    const mine = overview.careTypes.find((c) => c.key === careTypeKey)!;
    expect(mine.byStatus).not.toHaveProperty("DRAFT");
    expect(mine.byStatus.APPROVED).toBeGreaterThanOrEqual(1);
    const total = await db.submission.count({ where: { version: { questionnaire: { careType: { key: careTypeKey } } }, status: { not: "DRAFT" } } });
    expect(Object.values(mine.byStatus).reduce((a, b) => a + b, 0)).toBe(total);
    const coverage = overview.conditions.find((c) => c.key === "coverage_85")!;
    expect(coverage).toMatchObject({ legalClass: "contract", text: { nl: "85% bezetting" } });
    expect(coverage.notMet).toBeGreaterThanOrEqual(3); // 50, 40 and 60 percent
    expect(coverage.applicable).toBe(total);
    expect(overview.conditions[0]!.notMet).toBeGreaterThanOrEqual(coverage.notMet);
  });

  it("exports every visible answer of the chosen submissions with its latest review", async () => {
    const { id } = await organisationWith("Zorggroep “Ëlst”; =gevaarlijk");
    await reviewAnswer(officer, id, { questionKey: "beds", verdict: "NEEDS_CHANGE", comment: "Aantal klopt niet" });
    const items = await answersExport(officer, [id, id]);
    expect(items).toHaveLength(1);
    const labels: CsvLabels = {
      columns: Object.fromEntries(
        ["organisation", "kvkNumber", "agbCode", "region", "careType", "version", "status", "submittedAt", "unmetHard", "evidenceMissing", "answeredRequired", "nextDeadline", "id", "section", "questionKey", "question", "answer", "verdict", "comment"].map((c) => [c, c]),
      ) as CsvLabels["columns"],
      status: { SUBMITTED: "Ingediend", IN_REVIEW: "In beoordeling", CHANGES_REQUESTED: "Aanpassing gevraagd", APPROVED: "Goedgekeurd", REJECTED: "Afgewezen" },
      verdict: { ACCEPTED: "Akkoord", NEEDS_CHANGE: "Aanpassen" },
    };
    const lines = answersCsv(items, labels, "nl").replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    // Header, then one line per visible question of the fixture (no ELV section for "grz").
    expect(lines).toHaveLength(1 + 10);
    const beds = lines.find((l) => l.includes(";beds;"))!;
    expect(beds).toBe(`"Zorggroep “Ëlst”; =gevaarlijk";${items[0]!.row.organisation.kvkNumber};Testzorg;In beoordeling;Algemeen;beds;Aantal bedden;12;Aanpassen;Aantal klopt niet;${id}`);
  });
});

describe("the purchaser scope", () => {
  let otherOfficer: CurrentUser;
  let submitted: Awaited<ReturnType<typeof organisationWith>>;

  beforeAll(async () => {
    const other = await db.purchaser.create({ data: { key: `other-${careTypeKey}`, name: `Andere inkoper ${careTypeKey}`, kind: "ZORGKANTOOR" } });
    otherOfficer = await makeUser("OFFICER", null, other.id);
    submitted = await organisationWith("Scope Zorg");
  });

  it("shows another purchaser's officer none of the submissions, as if they did not exist", async () => {
    const { id } = submitted;
    const revision = await revisionOf(id);
    expect((await listQueue(otherOfficer, query({ careType: "" }))).rows.map((r) => r.id)).not.toContain(id);
    expect((await listQueue(officer, query({ careType: "" }))).rows.map((r) => r.id)).toContain(id);
    await expect(submissionReview(otherOfficer, id)).rejects.toSatisfy(appError("notFound"));
    await expect(startReview(otherOfficer, id, revision)).rejects.toSatisfy(appError("notFound"));
    await expect(reviewAnswer(otherOfficer, id, { questionKey: "beds", verdict: "ACCEPTED", comment: "" })).rejects.toSatisfy(appError("notFound"));
    await expect(decide(otherOfficer, id, revision, { decision: "approve", message: "" })).rejects.toSatisfy(appError("notFound"));
    await expect(answersExport(otherOfficer, [id])).rejects.toSatisfy(appError("notFound"));
    await expect(submissionExportData(otherOfficer, id)).rejects.toSatisfy(appError("notFound"));
    expect(await revisionOf(id)).toBe(revision);
    expect(await auditActions(id)).not.toContain("submission.reviewStarted");
  });

  it("leaves the care type out of the other purchaser's overview", async () => {
    const overview = await careTypeOverview(otherOfficer, careTypeKey);
    expect(overview.careTypes.map((c) => c.key)).not.toContain(careTypeKey);
    expect(overview.selected).not.toBe(careTypeKey);
    expect((await careTypeOverview(officer, careTypeKey)).selected).toBe(careTypeKey);
  });

  it("gives an officer without a purchaser nothing, and a platform administrator every purchaser's submissions", async () => {
    const { email } = unique();
    const user = await db.user.create({ data: { email, name: "Zonder inkoper", passwordHash: "x", role: "OFFICER" } });
    const unassigned: CurrentUser = { id: user.id, email, name: user.name, locale: "nl", role: "OFFICER", organisationId: null, signatory: false, purchaserId: null };
    expect((await listQueue(unassigned, query({ careType: "" }))).total).toBe(0);
    await expect(submissionReview(unassigned, submitted.id)).rejects.toSatisfy(appError("notFound"));
    const admin = await makeUser("ADMIN");
    expect((await submissionExportData(admin, submitted.id)).submission.id).toBe(submitted.id);
    expect((await careTypeOverview(admin, careTypeKey)).selected).toBe(careTypeKey);
  });
});

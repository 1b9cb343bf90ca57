import "server-only";
/**
 * The procurement officers' side: the review queue (from the stored checklist summary, never
 * re-evaluated per row), one submission's review, per-answer reviews, decisions with optimistic
 * concurrency, the overview per care type and the CSV exports. Every write re-checks the status and
 * revision under the submission's row lock (lib/server/guards.ts) and is written to the audit log in
 * the same transaction.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import { evaluateChecklist } from "@/lib/checklist/engine";
import { addToDate, startOfDayInNL, todayInNL } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import type { AuditAction } from "@/lib/audit/actions";
import { changedAnswers, type AnswerMap } from "@/lib/review/changes";
import type { AnswersExportItem, QueueRow } from "@/lib/review/export";
import { searchTerms, statusesFor, type QueueQuery } from "@/lib/review/queue";
import {
  answerReviewSchema,
  DECIDED_STATUSES,
  DECISION_ACTION,
  DECISION_STATUS,
  decisionSchema,
  isDecided,
  isReviewable,
  OFFICER_STATUSES,
  openChangeRequests,
  type OfficerStatus,
  type SubmissionStatus,
  type Verdict,
} from "@/lib/review/workflow";
import type { AnswerValue } from "@/lib/questionnaire/schema";
import type { CurrentUser } from "../auth/session";
import { audit } from "../audit";
import { db } from "../db";
import { lockSubmission } from "../guards";
import { scopedQuestionnaires, scopedSubmissions } from "../purchaser-scope";
import { loadDefinition } from "./questionnaires";
import { engineAnswers, findSubmissionFor, loadAnswers } from "./submissions";

type Tx = Prisma.TransactionClient;

export function assertReviewer(user: CurrentUser) {
  if (!can(user, "review:submission:any")) throw new AppError("forbidden");
}

// ---------------------------------------------------------------------------------------------
// The queue
// ---------------------------------------------------------------------------------------------

async function versionIdsOf(careTypeKey: string): Promise<string[]> {
  const versions = await db.questionnaireVersion.findMany({
    where: { questionnaire: { careType: { key: careTypeKey } } },
    select: { id: true },
  });
  return versions.map((v) => v.id);
}

/**
 * The filters as SQL conditions; drafts and other purchasers' submissions are excluded whatever the
 * query says.
 */
export async function queueWhere(user: CurrentUser, query: QueueQuery): Promise<Prisma.SubmissionWhereInput> {
  const and: Prisma.SubmissionWhereInput[] = [{ status: { in: [...statusesFor(query.status)] } }, scopedSubmissions(user)];
  if (query.careType) and.push({ versionId: { in: await versionIdsOf(query.careType) } });
  if (query.region) and.push({ organisation: { region: query.region } });
  if (query.unmet === "yes") and.push({ unmetHard: { gt: 0 } });
  if (query.unmet === "no") and.push({ unmetHard: 0 });
  if (query.from) and.push({ submittedAt: { gte: startOfDayInNL(query.from) } });
  if (query.to) and.push({ submittedAt: { lt: startOfDayInNL(addToDate(query.to, 1, "days")) } });
  if (query.q) {
    const { name, kvkPrefix } = searchTerms(query.q);
    and.push({
      organisation: {
        OR: [{ name: { contains: name, mode: "insensitive" } }, ...(kvkPrefix ? [{ kvkNumber: { startsWith: kvkPrefix } }] : [])],
      },
    });
  }
  return { AND: and };
}

function queueOrder(query: QueueQuery): Prisma.SubmissionOrderByWithRelationInput[] {
  const dir = query.dir;
  // Ties are broken the same way every time, so paging never shows a row twice.
  const tie: Prisma.SubmissionOrderByWithRelationInput[] = [{ submittedAt: "asc" }, { id: "asc" }];
  switch (query.sort) {
    case "submitted":
      return [{ submittedAt: dir }, { id: dir }];
    case "organisation":
      return [{ organisation: { name: dir } }, ...tie];
    case "unmet":
      return [{ unmetHard: dir }, ...tie];
    case "deadline":
      return [{ nextDeadline: { sort: dir, nulls: "last" } }, ...tie];
  }
}

const queueSelect = {
  id: true,
  versionId: true,
  status: true,
  revision: true,
  submittedAt: true,
  unmetHard: true,
  evidenceMissing: true,
  answeredRequired: true,
  requiredVisible: true,
  nextDeadline: true,
  organisation: { select: { name: true, kvkNumber: true, agbCode: true, region: true } },
} satisfies Prisma.SubmissionSelect;

type QueueSubmission = Prisma.SubmissionGetPayload<{ select: typeof queueSelect }>;
type VersionInfo = { number: number; careType: QueueRow["careType"] };

/**
 * Version number and care type per questionnaire version, kept per process: a version's care type
 * and number never change, and an unknown version (just published) reloads the list. Saves the
 * queue three joins' worth of queries per page.
 */
let versionCache = new Map<string, VersionInfo>();
async function versionInfo(ids: Iterable<string>): Promise<Map<string, VersionInfo>> {
  if ([...ids].every((id) => versionCache.has(id))) return versionCache;
  const versions = await db.questionnaireVersion.findMany({
    select: { id: true, number: true, questionnaire: { select: { careType: { select: { key: true, nameNl: true, nameEn: true } } } } },
  });
  versionCache = new Map(
    versions.map((v) => {
      const ct = v.questionnaire.careType;
      return [v.id, { number: v.number, careType: { key: ct.key, name: { nl: ct.nameNl, en: ct.nameEn } } }];
    }),
  );
  return versionCache;
}

async function toQueueRows(rows: QueueSubmission[]): Promise<QueueRow[]> {
  const versions = await versionInfo(rows.map((r) => r.versionId));
  return rows.map((s) => {
    const v = versions.get(s.versionId)!;
    return {
      id: s.id,
      organisation: s.organisation,
      careType: v.careType,
      versionNumber: v.number,
      status: s.status as OfficerStatus,
      revision: s.revision,
      submittedAt: s.submittedAt,
      unmetHard: s.unmetHard,
      evidenceMissing: s.evidenceMissing,
      answeredRequired: s.answeredRequired,
      requiredVisible: s.requiredVisible,
      nextDeadline: s.nextDeadline ? s.nextDeadline.toISOString().slice(0, 10) : null,
    };
  });
}

export interface QueuePage {
  rows: QueueRow[];
  total: number;
}

/** One page of the queue: filtered, sorted and counted in the database. */
export async function listQueue(user: CurrentUser, query: QueueQuery): Promise<QueuePage> {
  assertReviewer(user);
  const where = await queueWhere(user, query);
  const [rows, total] = await Promise.all([
    db.submission.findMany({ where, orderBy: queueOrder(query), skip: (query.page - 1) * query.size, take: query.size, select: queueSelect }),
    db.submission.count({ where }),
  ]);
  return { rows: await toQueueRows(rows), total };
}

/** The whole filtered queue, for the CSV export, fetched in batches. */
export async function* allQueueRows(user: CurrentUser, query: QueueQuery, batch = 1000): AsyncGenerator<QueueRow> {
  assertReviewer(user);
  const where = await queueWhere(user, query);
  for (let skip = 0; ; skip += batch) {
    const rows = await db.submission.findMany({ where, orderBy: queueOrder(query), skip, take: batch, select: queueSelect });
    for (const r of await toQueueRows(rows)) yield r;
    if (rows.length < batch) return;
  }
}

// ---------------------------------------------------------------------------------------------
// One submission
// ---------------------------------------------------------------------------------------------

export interface ReviewNoteView {
  id: string;
  questionKey: string | null;
  verdict: Verdict | null;
  comment: string;
  author: string;
  createdAt: Date;
}

function statusEvents(submissionId: string, tx: Tx | typeof db = db) {
  return tx.submissionEvent.findMany({
    where: { submissionId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { actor: { select: { name: true, role: true } } },
  });
}

type StatusEvent = Awaited<ReturnType<typeof statusEvents>>[number];

/**
 * What changed since the officer last sent the submission back: the answers snapshot of the submit
 * that review looked at, against the answers now; file questions count as changed when a document
 * was uploaded or removed after that review.
 */
async function changesSinceLastReview(submissionId: string, events: StatusEvent[], current: AnswerMap, order: readonly string[]) {
  const reviewIndex = events.findLastIndex((e) => e.toStatus === "CHANGES_REQUESTED");
  if (reviewIndex < 0 || !events.slice(reviewIndex + 1).some((e) => e.toStatus === "SUBMITTED")) return null;
  const review = events[reviewIndex]!;
  const reviewed = events.slice(0, reviewIndex).findLast((e) => e.toStatus === "SUBMITTED" && e.answersSnapshot);
  const before = (reviewed?.answersSnapshot ?? {}) as AnswerMap;
  const touchedFiles = await db.evidenceFile.findMany({
    where: { submissionId, OR: [{ createdAt: { gt: review.createdAt } }, { removedAt: { gt: review.createdAt } }] },
    select: { questionKey: true },
  });
  const fileKeys = new Set(touchedFiles.map((f) => f.questionKey));
  const keys = [...new Set([...changedAnswers(before, current, order), ...fileKeys])];
  const position = new Map(order.map((k, i) => [k, i]));
  keys.sort((a, b) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity));
  return { reviewedAt: review.createdAt, reviewer: review.actor.name, keys, before };
}

/** Everything the officer's page of one submission shows. */
export async function submissionReview(user: CurrentUser, submissionId: string, today = todayInNL()) {
  assertReviewer(user);
  const submission = await findSubmissionFor(user, submissionId);
  const [definition, { stored, files }, events, comments] = await Promise.all([
    loadDefinition(submission.versionId),
    loadAnswers(submission.id),
    statusEvents(submission.id),
    db.reviewComment.findMany({
      where: { submissionId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { author: { select: { name: true } } },
    }),
  ]);
  const answers = engineAnswers(stored, files);
  const checklist = evaluateChecklist(definition, answers, today);
  const values: Record<string, AnswerValue | null> = Object.fromEntries(Object.entries(stored).map(([k, a]) => [k, a.value]));
  const order = definition.sections.flatMap((s) => s.questions.map((q) => q.key));
  const changes = await changesSinceLastReview(submission.id, events, values, order);
  return {
    submission,
    definition,
    answers,
    files,
    checklist,
    events,
    notes: comments.map(
      (c): ReviewNoteView => ({ id: c.id, questionKey: c.questionKey, verdict: c.verdict, comment: c.comment, author: c.author.name, createdAt: c.createdAt }),
    ),
    changes,
    openChanges: openChangeRequests(comments, events.findLast((e) => e.toStatus === "SUBMITTED")?.createdAt ?? null),
  };
}

/** The decision the provider should see now: the latest one, while the submission still has that status. */
export async function currentDecision(submissionId: string) {
  const event = await db.submissionEvent.findFirst({
    where: { submissionId, toStatus: { in: [...DECIDED_STATUSES] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { actor: { select: { name: true } }, submission: { select: { status: true } } },
  });
  if (!event || event.submission.status !== event.toStatus) return null;
  return { status: event.toStatus, reason: event.reason, at: event.createdAt, by: event.actor.name };
}

// ---------------------------------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------------------------------

/** Moves the submission to a new status: revision bumped, history and audit log written. */
async function changeStatus(
  tx: Tx,
  user: CurrentUser,
  submission: { id: string; organisationId: string },
  from: SubmissionStatus,
  to: SubmissionStatus,
  action: AuditAction,
  reason: string | null = null,
) {
  const decided = isDecided(to);
  const updated = await tx.submission.update({
    where: { id: submission.id },
    data: { status: to, revision: { increment: 1 }, ...(decided ? { decidedAt: new Date(), decisionReason: reason } : {}) },
    select: { revision: true },
  });
  await tx.submissionEvent.create({ data: { submissionId: submission.id, fromStatus: from, toStatus: to, actorId: user.id, reason } });
  await audit(
    { actor: user, action, entityType: "submission", entityId: submission.id, organisationId: submission.organisationId, details: { from, to, ...(reason ? { reason } : {}) } },
    tx,
  );
  return updated.revision;
}

/** Who last changed the status, for the "someone else was quicker" message. */
async function lastChange(tx: Tx, submissionId: string) {
  const e = await tx.submissionEvent.findFirst({
    where: { submissionId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { actor: { select: { name: true } } },
  });
  return { status: e?.toStatus ?? "SUBMITTED", by: e?.actor.name ?? "", at: e?.createdAt.toISOString() ?? "" };
}

export type StaleInfo = Awaited<ReturnType<typeof lastChange>>;

export type ReviewWriteResult =
  | { ok: true; revision: number }
  | { ok: false; reason: "stale" | "notReviewable"; current: StaleInfo }
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string> };

function invalid(error: { issues: { path: PropertyKey[]; message: string }[] }): ReviewWriteResult {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0] ?? "_form")] ??= issue.message;
  return { ok: false, reason: "invalid", fieldErrors };
}

/** An officer takes a submitted submission into review. */
export async function startReview(user: CurrentUser, submissionId: string, expectedRevision: number): Promise<ReviewWriteResult> {
  assertReviewer(user);
  const submission = await findSubmissionFor(user, submissionId);
  return db.$transaction(async (tx) => {
    const locked = await lockSubmission(tx, submissionId);
    if (locked.revision !== expectedRevision) return { ok: false as const, reason: "stale" as const, current: await lastChange(tx, submissionId) };
    if (locked.status !== "SUBMITTED") return { ok: false as const, reason: "notReviewable" as const, current: await lastChange(tx, submissionId) };
    const revision = await changeStatus(tx, user, submission, locked.status, "IN_REVIEW", "submission.reviewStarted");
    return { ok: true as const, revision };
  });
}

/**
 * Marks one answer accepted or needing change, with a comment. Comments add to what is there, so
 * they need no revision; a first comment takes a submitted submission into review.
 */
export async function reviewAnswer(user: CurrentUser, submissionId: string, input: unknown): Promise<ReviewWriteResult> {
  assertReviewer(user);
  const parsed = answerReviewSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { questionKey, verdict, comment } = parsed.data;
  const submission = await findSubmissionFor(user, submissionId);
  const def = await loadDefinition(submission.versionId);
  if (!def.sections.some((s) => s.questions.some((q) => q.key === questionKey))) throw new AppError("notFound");

  return db.$transaction(async (tx) => {
    const locked = await lockSubmission(tx, submissionId);
    if (!isReviewable(locked.status)) return { ok: false as const, reason: "notReviewable" as const, current: await lastChange(tx, submissionId) };
    let revision = locked.revision;
    if (locked.status === "SUBMITTED") revision = await changeStatus(tx, user, submission, "SUBMITTED", "IN_REVIEW", "submission.reviewStarted");
    const note = await tx.reviewComment.create({ data: { submissionId, questionKey, verdict, comment, authorId: user.id } });
    await audit(
      {
        actor: user,
        action: "submission.answerReviewed",
        entityType: "submission",
        entityId: submissionId,
        organisationId: submission.organisationId,
        details: { commentId: note.id, questionKey, verdict, comment },
      },
      tx,
    );
    return { ok: true as const, revision };
  });
}

/** When the submission was last submitted: the start of the current review round. */
async function lastSubmittedAt(tx: Tx, submissionId: string): Promise<Date | null> {
  const submitted = await tx.submissionEvent.findFirst({
    where: { submissionId, toStatus: "SUBMITTED" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { createdAt: true },
  });
  return submitted?.createdAt ?? null;
}

/**
 * Approves, rejects (with a reason) or sends back for changes. `expectedRevision` is the revision the
 * officer saw: if anyone changed the submission since, the decision is refused, never overwritten.
 */
export async function decide(user: CurrentUser, submissionId: string, expectedRevision: number, input: unknown): Promise<ReviewWriteResult> {
  assertReviewer(user);
  const submission = await findSubmissionFor(user, submissionId);
  return db.$transaction(async (tx) => {
    const locked = await lockSubmission(tx, submissionId);
    if (locked.revision !== expectedRevision) return { ok: false as const, reason: "stale" as const, current: await lastChange(tx, submissionId) };
    if (!isReviewable(locked.status)) return { ok: false as const, reason: "notReviewable" as const, current: await lastChange(tx, submissionId) };
    const notes = await tx.reviewComment.findMany({ where: { submissionId }, select: { questionKey: true, verdict: true, createdAt: true } });
    const parsed = decisionSchema(openChangeRequests(notes, await lastSubmittedAt(tx, submissionId)).length > 0).safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const { decision, message } = parsed.data;
    const revision = await changeStatus(tx, user, submission, locked.status, DECISION_STATUS[decision], DECISION_ACTION[decision], message || null);
    return { ok: true as const, revision };
  });
}

// ---------------------------------------------------------------------------------------------
// Overview per care type
// ---------------------------------------------------------------------------------------------

export interface ConditionTally {
  key: string;
  notMet: number;
  evidenceMissing: number;
  applicable: number;
}

/**
 * Per care type of the user's purchaser: submissions by status, and how often each condition is not
 * met, aggregated in PostgreSQL from the stored checklists (jsonb_each_text), never by evaluating
 * submissions here.
 */
export async function careTypeOverview(user: CurrentUser, careTypeKey: string | null) {
  if (!can(user, "read:report:any")) throw new AppError("forbidden");
  const careTypes = await db.careType.findMany({
    where: { questionnaire: scopedQuestionnaires(user) },
    orderBy: { nameNl: "asc" },
    include: { questionnaire: { include: { versions: { select: { id: true, number: true, status: true }, orderBy: { number: "desc" } } } } },
  });
  const versionToCareType = new Map(careTypes.flatMap((ct) => (ct.questionnaire?.versions ?? []).map((v) => [v.id, ct.key] as const)));
  const grouped = await db.submission.groupBy({
    by: ["versionId", "status"],
    where: { status: { in: [...OFFICER_STATUSES] }, ...scopedSubmissions(user) },
    _count: { _all: true },
  });
  const byStatus = new Map<string, Record<OfficerStatus, number>>(
    careTypes.map((ct) => [ct.key, Object.fromEntries(OFFICER_STATUSES.map((s) => [s, 0])) as Record<OfficerStatus, number>]),
  );
  for (const g of grouped) {
    const counts = byStatus.get(versionToCareType.get(g.versionId) ?? "");
    if (counts) counts[g.status as OfficerStatus] += g._count._all;
  }

  const selected = careTypes.find((ct) => ct.key === careTypeKey) ?? careTypes[0] ?? null;
  const versions = selected?.questionnaire?.versions ?? [];
  let conditions: (ConditionTally & { text: { nl: string; en: string }; severity: "hard" | "expectation" })[] = [];
  if (versions.length) {
    const tallies = await db.$queryRaw<ConditionTally[]>`
      SELECT e.key,
             count(*) FILTER (WHERE e.value = 'notMet')::int AS "notMet",
             count(*) FILTER (WHERE e.value = 'evidenceMissing')::int AS "evidenceMissing",
             count(*) FILTER (WHERE e.value <> 'notApplicable')::int AS "applicable"
      FROM "Submission" s CROSS JOIN LATERAL jsonb_each_text(s.checklist) AS e(key, value)
      WHERE s."versionId" IN (${Prisma.join(versions.map((v) => v.id))})
        AND s.status::text IN (${Prisma.join(OFFICER_STATUSES)})
      GROUP BY e.key`;
    // Texts from the newest version that has the condition.
    const texts = new Map<string, { text: { nl: string; en: string }; severity: "hard" | "expectation" }>();
    for (const v of [...versions].reverse()) {
      for (const c of (await loadDefinition(v.id)).conditions) texts.set(c.key, { text: c.text, severity: c.severity });
    }
    conditions = tallies
      .filter((t) => texts.has(t.key) && (t.notMet > 0 || t.evidenceMissing > 0))
      .map((t) => ({ ...t, ...texts.get(t.key)! }))
      .sort((a, b) => b.notMet - a.notMet || b.evidenceMissing - a.evidenceMissing || a.key.localeCompare(b.key));
  }
  return {
    careTypes: careTypes.map((ct) => ({ key: ct.key, name: { nl: ct.nameNl, en: ct.nameEn }, byStatus: byStatus.get(ct.key)! })),
    selected: selected?.key ?? null,
    conditions,
  };
}

// ---------------------------------------------------------------------------------------------
// Answers export
// ---------------------------------------------------------------------------------------------

export const MAX_EXPORT_SUBMISSIONS = 100;

/** The answers of the chosen submissions, with each answer's latest review. */
export async function answersExport(user: CurrentUser, submissionIds: readonly string[], today = todayInNL()): Promise<AnswersExportItem[]> {
  assertReviewer(user);
  const items: AnswersExportItem[] = [];
  for (const id of new Set(submissionIds)) {
    const submission = await findSubmissionFor(user, id); // notFound for drafts and unknown ids
    const [row, definition, { stored, files }, notes] = await Promise.all([
      db.submission.findUniqueOrThrow({ where: { id }, select: queueSelect }),
      loadDefinition(submission.versionId),
      loadAnswers(id),
      db.reviewComment.findMany({ where: { submissionId: id, questionKey: { not: null } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    ]);
    items.push({
      row: (await toQueueRows([row]))[0]!,
      definition,
      answers: engineAnswers(stored, files),
      fileNames: Object.fromEntries(files.map((f) => [f.id, f.fileName])),
      reviews: Object.fromEntries(notes.map((n) => [n.questionKey!, { verdict: n.verdict, comment: n.comment }])),
      today,
    });
  }
  return items;
}

import "server-only";
/** The review queue, from the checklist summary stored on each submission, never re-evaluated per row. */
import type { Prisma } from "@/lib/generated/prisma/client";
import { addToDate, startOfDayInNL } from "@/lib/dates";
import type { QueueRow } from "@/lib/review/export";
import { searchTerms, statusesFor, type QueueQuery } from "@/lib/review/queue";
import type { OfficerStatus } from "@/lib/review/workflow";
import type { CurrentUser } from "../../auth/session";
import { db } from "../../db";
import { scopedSubmissions } from "../../purchaser-scope";
import { assertReviewer } from "./access";

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

export const queueSelect = {
  id: true,
  versionId: true,
  status: true,
  revision: true,
  submittedAt: true,
  unmetHard: true,
  unmetPayment: true,
  adviceNotMet: true,
  awaitingDecision: true,
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

export async function toQueueRows(rows: QueueSubmission[]): Promise<QueueRow[]> {
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
      unmetPayment: s.unmetPayment,
      adviceNotMet: s.adviceNotMet,
      awaitingDecision: s.awaitingDecision,
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

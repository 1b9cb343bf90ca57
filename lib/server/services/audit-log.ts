import "server-only";
import type { AuditLog, Prisma } from "@/lib/generated/prisma/client";
import { displayAuditAction, legacyAuditActionsMatching } from "@/lib/audit/actions";
import { can } from "@/lib/auth/permissions";
import { addToDate, startOfDayInNL } from "@/lib/dates";
import type { AuditFilters } from "@/lib/validation/audit";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { AppError } from "@/lib/errors";

export const AUDIT_PAGE_SIZE = 50;

function assertAuditReader(actor: CurrentUser) {
  if (!can(actor, "read:audit:any")) throw new AppError("forbidden");
}

function whereFor(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const at: Prisma.DateTimeFilter = {
    ...(filters.from ? { gte: startOfDayInNL(filters.from) } : {}),
    // "to" is inclusive: up to the start of the next Dutch day.
    ...(filters.to ? { lt: startOfDayInNL(addToDate(filters.to, 1, "days")) } : {}),
  };
  return {
    ...(filters.q
      ? {
          OR: [
            { action: { contains: filters.q, mode: "insensitive" } },
            { action: { in: legacyAuditActionsMatching(filters.q) } },
            { actorEmail: { contains: filters.q, mode: "insensitive" } },
            { entityId: { contains: filters.q } },
          ],
        }
      : {}),
    ...(filters.action ? { action: { startsWith: `${filters.action}.` } } : {}),
    ...(filters.from || filters.to ? { at } : {}),
  };
}

/** Rows written under an older action name read under today's name (the log itself is never rewritten). */
function shown(rows: AuditLog[]): AuditLog[] {
  return rows.map((r) => ({ ...r, action: displayAuditAction(r.action) }));
}

/** Entries older (`id` smaller) or newer than a cursor. */
function beyond(where: Prisma.AuditLogWhereInput, id: Prisma.BigIntFilter): Prisma.AuditLogWhereInput {
  return { AND: [where, { id }] };
}

export interface AuditCursor {
  /** Show the entries just older than this id. */
  before: bigint | null;
  /** Show the entries just newer than this id. */
  after: bigint | null;
}

/**
 * One page of the log, newest first. Keyset pages by id (the insertion order) instead of offsets:
 * the log only grows, and a page deep in a long log costs as little as the first.
 */
export async function searchAuditLog(actor: CurrentUser, filters: AuditFilters, cursor: AuditCursor) {
  assertAuditReader(actor);
  const where = whereFor(filters);
  if (cursor.after !== null) {
    const newer = await db.auditLog.findMany({ where: beyond(where, { gt: cursor.after }), orderBy: { id: "asc" }, take: AUDIT_PAGE_SIZE + 1 });
    // Fewer than a page left above the cursor: that is the newest page, shown full.
    if (newer.length > AUDIT_PAGE_SIZE) return { rows: shown(newer.slice(0, AUDIT_PAGE_SIZE).reverse()), hasNewer: true, hasOlder: true };
  }
  const before = cursor.after === null ? cursor.before : null;
  const rows = await db.auditLog.findMany({
    where: before !== null ? beyond(where, { lt: before }) : where,
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
  });
  return { rows: shown(rows.slice(0, AUDIT_PAGE_SIZE)), hasNewer: before !== null, hasOlder: rows.length > AUDIT_PAGE_SIZE };
}

export type AuditRow = Awaited<ReturnType<typeof searchAuditLog>>["rows"][number];

/** Every matching entry, newest first, in batches: for the CSV export of a long log. */
export async function* auditLogBatches(actor: CurrentUser, filters: AuditFilters, size = 1000): AsyncGenerator<AuditRow[]> {
  assertAuditReader(actor);
  const where = whereFor(filters);
  let before: bigint | null = null;
  for (;;) {
    const rows: AuditRow[] = await db.auditLog.findMany({
      where: before !== null ? beyond(where, { lt: before }) : where,
      orderBy: { id: "desc" },
      take: size,
    });
    if (rows.length) yield shown(rows);
    if (rows.length < size) return;
    before = rows[rows.length - 1]!.id;
  }
}

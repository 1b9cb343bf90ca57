import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "@/lib/audit/actions";
import { db } from "./db";

export interface AuditEntry {
  actor?: { id: string; email: string } | null;
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  organisationId?: string | null;
  details?: Prisma.InputJsonValue;
  ip?: string | null;
}

type Tx = Pick<typeof db, "auditLog">;

/** Appends to the audit log; pass the transaction client so the entry commits with the change it records. */
export async function audit(entry: AuditEntry, tx: Tx = db): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      organisationId: entry.organisationId ?? null,
      details: entry.details,
      ip: entry.ip ?? null,
    },
  });
}

import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { LegalClass } from "@/lib/questionnaire/schema";
import { OFFICER_STATUSES, type OfficerStatus } from "@/lib/review/workflow";
import type { CurrentUser } from "../../auth/session";
import { db } from "../../db";
import { scopedQuestionnaires, scopedSubmissions } from "../../purchaser-scope";
import { loadDefinition } from "../questionnaires";

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
  let conditions: (ConditionTally & { text: { nl: string; en: string }; legalClass: LegalClass })[] = [];
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
    const texts = new Map<string, { text: { nl: string; en: string }; legalClass: LegalClass }>();
    for (const v of [...versions].reverse()) {
      for (const c of (await loadDefinition(v.id)).conditions) texts.set(c.key, { text: c.text, legalClass: c.legalClass });
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

import "server-only";
import { evaluateChecklist } from "@/lib/checklist/engine";
import { todayInNL } from "@/lib/dates";
import type { TimelineEntry } from "@/lib/procedure/timeline";
import { purchaserApplies, type PurchaserKind } from "@/lib/purchasers";
import { db } from "../db";
import { loadDefinition } from "./questionnaires";
import { engineAnswers, loadAnswers } from "./submissions";

export interface DashboardRow {
  careType: { key: string; nameNl: string; nameEn: string };
  purchaser: { key: string; name: string; kind: PurchaserKind };
  /** Whether the purchaser buys where the organisation works (a zorgkantoor: one of its regions). */
  applies: boolean;
  insurer: string;
  policyPeriod: string;
  submission: {
    id: string;
    status: string;
    answered: number;
    required: number;
    unmetHard: number;
    /** An unsubmitted draft on an older version than the newest published one: it may move. */
    newerVersion: boolean;
  } | null;
  nextDate: TimelineEntry | null;
}

/**
 * Per care type, by purchaser: whether it applies to the organisation, the organisation's
 * submission on the newest version it has (or none), its progress from the stored summary, and the
 * next procedure date for its profile. Ordered by purchaser, applicable questionnaires first.
 */
export async function organisationDashboard(organisationId: string, today = todayInNL()): Promise<DashboardRow[]> {
  const { region } = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { region: true } });
  const careTypes = await db.careType.findMany({
    orderBy: { nameNl: "asc" },
    include: {
      questionnaire: {
        include: {
          purchaser: { select: { key: true, name: true, kind: true, regions: true } },
          versions: {
            where: { status: "PUBLISHED" },
            orderBy: { number: "desc" },
            include: { submissions: { where: { organisationId } } },
          },
        },
      },
    },
  });
  const rows: DashboardRow[] = [];
  for (const ct of careTypes) {
    const versions = ct.questionnaire?.versions ?? [];
    if (!versions.length) continue;
    const withSubmission = versions.find((v) => v.submissions.length);
    const version = withSubmission ?? versions[0]!;
    const submission = withSubmission?.submissions[0] ?? null;
    const def = await loadDefinition(version.id);
    const { regions, ...purchaser } = ct.questionnaire!.purchaser;
    const answers = submission ? await loadAnswers(submission.id).then(({ stored, files }) => engineAnswers(stored, files)) : {};
    // Only the timeline is read here: procedure dates relative to today.
    const { timeline } = evaluateChecklist(def, answers, { today, enrolment: today });
    rows.push({
      careType: { key: ct.key, nameNl: ct.nameNl, nameEn: ct.nameEn },
      purchaser,
      applies: purchaserApplies({ kind: purchaser.kind, regions }, [region]),
      insurer: version.insurer,
      policyPeriod: version.policyPeriod,
      submission: submission && {
        id: submission.id,
        status: submission.status,
        answered: submission.answeredRequired,
        required: submission.requiredVisible,
        unmetHard: submission.unmetHard,
        newerVersion: submission.status === "DRAFT" && version.number < versions[0]!.number,
      },
      nextDate: timeline.upcoming[0] ?? null,
    });
  }
  return rows.sort((a, b) => a.purchaser.name.localeCompare(b.purchaser.name, "nl") || Number(b.applies) - Number(a.applies));
}

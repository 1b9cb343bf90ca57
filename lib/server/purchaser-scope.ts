import "server-only";
/**
 * The purchaser scope as query filters: every query an officer runs over submissions or
 * questionnaires goes through one of these, so no buyer reads another purchaser's answers.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { purchaserScope, type Actor } from "@/lib/auth/permissions";

/** The questionnaires in the user's scope. */
export function scopedQuestionnaires(user: Actor): Prisma.QuestionnaireWhereInput {
  const scope = purchaserScope(user);
  if (scope.all) return {};
  // An officer without a purchaser sees nothing.
  return scope.purchaserId === null ? { id: { in: [] } } : { purchaserId: scope.purchaserId };
}

/** The submissions to questionnaires in the user's scope. */
export function scopedSubmissions(user: Actor): Prisma.SubmissionWhereInput {
  const scope = purchaserScope(user);
  return scope.all ? {} : { version: { questionnaire: scopedQuestionnaires(user) } };
}

/**
 * The submission workflow: the one list of statuses (the Prisma enum must match it, see
 * workflow.test.ts), when a provider may change a submission, which statuses officers see, when they
 * may comment and decide, and what a decision needs. Pure: the services apply it under a row lock
 * (lib/server/guards.ts; the decisions in lib/server/services/review/decisions.ts).
 *
 *   DRAFT → SUBMITTED (provider) → IN_REVIEW (officer starts or comments)
 *         → APPROVED | REJECTED (with a reason) | CHANGES_REQUESTED → SUBMITTED (provider resubmits) …
 */
import { z } from "zod";
import type { AuditAction } from "../audit/actions";
import { KEY_PATTERN } from "../questionnaire/schema";

export const SUBMISSION_STATUSES = ["DRAFT", "SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "REJECTED"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** A provider may change answers and documents only while the submission is with them. */
export const EDITABLE_STATUSES = ["DRAFT", "CHANGES_REQUESTED"] as const satisfies readonly SubmissionStatus[];

export const isEditable = (status: string) => (EDITABLE_STATUSES as readonly string[]).includes(status);

/** Officers never see drafts. */
export const OFFICER_STATUSES = ["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "REJECTED"] as const satisfies readonly SubmissionStatus[];
export type OfficerStatus = (typeof OFFICER_STATUSES)[number];

/** Waiting for an officer: comments and decisions are possible only now. */
export const REVIEWABLE_STATUSES: readonly SubmissionStatus[] = ["SUBMITTED", "IN_REVIEW"];

export const isReviewable = (status: string) => (REVIEWABLE_STATUSES as readonly string[]).includes(status);

/** An officer's decision: the submission leaves the officers' hands (until a resubmission). */
export const DECIDED_STATUSES = ["CHANGES_REQUESTED", "APPROVED", "REJECTED"] as const satisfies readonly SubmissionStatus[];

export const isDecided = (status: string) => (DECIDED_STATUSES as readonly string[]).includes(status);

export const DECISIONS = ["approve", "requestChanges", "reject"] as const;
export type Decision = (typeof DECISIONS)[number];

export const DECISION_STATUS: Record<Decision, SubmissionStatus> = {
  approve: "APPROVED",
  requestChanges: "CHANGES_REQUESTED",
  reject: "REJECTED",
};

/** Audit log actions, one per step of the workflow. */
export const DECISION_ACTION: Record<Decision, AuditAction> = {
  approve: "submission.approved",
  requestChanges: "submission.changesRequested",
  reject: "submission.rejected",
};

export const MESSAGE_MAX = 5000;

/**
 * A decision as typed by the officer. Messages are message keys (`review.errors.*`). A rejection
 * needs a reason; a request for changes needs a message unless answers are marked as needing change
 * (`hasChangeRequests`, known to the server only).
 */
export function decisionSchema(hasChangeRequests: boolean) {
  return z
    .object({
      decision: z.enum(DECISIONS, "review.errors.decision"),
      message: z.string().trim().max(MESSAGE_MAX, "review.errors.tooLong"),
    })
    .superRefine((v, ctx) => {
      if (v.decision === "reject" && !v.message) ctx.addIssue({ code: "custom", path: ["message"], message: "review.errors.reasonRequired" });
      if (v.decision === "requestChanges" && !v.message && !hasChangeRequests) {
        ctx.addIssue({ code: "custom", path: ["message"], message: "review.errors.changesRequired" });
      }
    });
}
export type DecisionInput = z.infer<ReturnType<typeof decisionSchema>>;

export const VERDICTS = ["ACCEPTED", "NEEDS_CHANGE"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A review of one answer: a comment is required when it needs changing. */
export const answerReviewSchema = z
  .object({
    questionKey: z.string().regex(KEY_PATTERN, "review.errors.question"),
    verdict: z.enum(VERDICTS, "review.errors.verdict"),
    comment: z.string().trim().max(MESSAGE_MAX, "review.errors.tooLong"),
  })
  .refine((v) => v.verdict === "ACCEPTED" || v.comment.length > 0, { path: ["comment"], message: "review.errors.commentRequired" });
export type AnswerReviewInput = z.infer<typeof answerReviewSchema>;

/** The officer grants or refuses an exception ("decided by the purchaser"): always with a reason. */
export const exceptionDecisionSchema = z.object({
  conditionKey: z.string().regex(KEY_PATTERN, "review.errors.condition"),
  granted: z.boolean("review.errors.granted"),
  reason: z.string().trim().min(1, "review.errors.exceptionReason").max(MESSAGE_MAX, "review.errors.tooLong"),
});
export type ExceptionDecisionInput = z.infer<typeof exceptionDecisionSchema>;

/**
 * Answers whose latest verdict since the last submit is "needs change": what a request for changes
 * sends back. Verdicts of earlier rounds were dealt with by the resubmission.
 */
export function openChangeRequests(
  notes: readonly { questionKey: string | null; verdict: Verdict | null; createdAt: Date }[],
  since: Date | null,
): string[] {
  const latest = new Map<string, Verdict>();
  for (const n of [...notes].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    if (n.questionKey && n.verdict && (!since || n.createdAt >= since)) latest.set(n.questionKey, n.verdict);
  }
  return [...latest].filter(([, v]) => v === "NEEDS_CHANGE").map(([k]) => k);
}

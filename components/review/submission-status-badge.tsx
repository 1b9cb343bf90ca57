import type { SubmissionStatus } from "@/lib/review/workflow";

const STYLE: Record<SubmissionStatus, string> = {
  DRAFT: "bg-slate-200 text-slate-900",
  SUBMITTED: "bg-sky-100 text-sky-900",
  IN_REVIEW: "bg-indigo-100 text-indigo-900",
  CHANGES_REQUESTED: "bg-amber-100 text-amber-900",
  APPROVED: "bg-green-100 text-green-900",
  REJECTED: "bg-red-100 text-red-900",
};

/** A submission's status as a coloured label; the colour only repeats what the text says. */
export function SubmissionStatusBadge({ status, label, testId }: { status: SubmissionStatus; label: string; testId?: string }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-sm font-medium ${STYLE[status]}`} data-testid={testId} data-status={status}>
      {label}
    </span>
  );
}

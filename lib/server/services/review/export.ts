import "server-only";
import { submissionMoment } from "@/lib/checklist/reference";
import type { AnswersExportItem } from "@/lib/review/export";
import type { CurrentUser } from "../../auth/session";
import { db } from "../../db";
import { loadDefinition } from "../questionnaires";
import { engineAnswers, findSubmissionFor, loadAnswers } from "../submissions";
import { assertReviewer } from "./access";
import { queueSelect, toQueueRows } from "./queue";

export const MAX_EXPORT_SUBMISSIONS = 100;

/** The answers of the chosen submissions, with each answer's latest review. */
export async function answersExport(user: CurrentUser, submissionIds: readonly string[], now = new Date()): Promise<AnswersExportItem[]> {
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
      moment: submissionMoment(definition, submission, now),
    });
  }
  return items;
}

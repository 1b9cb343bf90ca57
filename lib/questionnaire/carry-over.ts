/**
 * Moving a provider's unsubmitted answers to a newer version of the questionnaire: an answer is kept
 * when its question still exists and the value still fits it (same checks as saving an answer);
 * uploaded files are kept when their question is still a file question. Everything else no longer
 * applies, with the reason, so the provider can be told before moving. Pure.
 */
import { parseAnswer } from "./answers";
import type { AnswerValue, Question, QuestionnaireDefinition } from "./schema";

export type DropReason = "removed" | "incompatible";

export interface DroppedAnswer {
  questionKey: string;
  reason: DropReason;
}

export interface CarryOver {
  /** Question keys whose answers stay. */
  keptAnswers: string[];
  droppedAnswers: DroppedAnswer[];
  /** Question keys whose uploaded files stay / go. */
  keptFiles: string[];
  droppedFiles: DroppedAnswer[];
}

export function carryOverAnswers(
  target: QuestionnaireDefinition,
  answers: Readonly<Record<string, AnswerValue | null>>,
  fileQuestionKeys: readonly string[],
): CarryOver {
  const questions = new Map<string, Question>(target.sections.flatMap((s) => s.questions).map((q) => [q.key, q]));
  const result: CarryOver = { keptAnswers: [], droppedAnswers: [], keptFiles: [], droppedFiles: [] };
  for (const [questionKey, value] of Object.entries(answers)) {
    const q = questions.get(questionKey);
    if (!q) result.droppedAnswers.push({ questionKey, reason: "removed" });
    else if (q.kind === "file" || !parseAnswer(q, value).ok) result.droppedAnswers.push({ questionKey, reason: "incompatible" });
    else result.keptAnswers.push(questionKey);
  }
  for (const questionKey of new Set(fileQuestionKeys)) {
    const q = questions.get(questionKey);
    if (!q) result.droppedFiles.push({ questionKey, reason: "removed" });
    else if (q.kind !== "file") result.droppedFiles.push({ questionKey, reason: "incompatible" });
    else result.keptFiles.push(questionKey);
  }
  return result;
}

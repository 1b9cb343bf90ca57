/**
 * Moving a provider's unsubmitted answers to a newer version of the questionnaire: an answer goes to
 * the question with the same key, or, when that key is gone, to the questions that declare they
 * replace it (`replaces`: a rename, or a question split in two, which gets the answer in each part
 * that accepts it). It is kept when it still fits there (same checks as saving an answer); uploaded
 * files are kept when their question is still a file question (on a split, the first one). Anything
 * else no longer applies, with the reason, so the provider can be told before moving. Pure.
 */
import { parseAnswer } from "./answers";
import { KINDS } from "./kinds";
import type { AnswerValue, Question, QuestionnaireDefinition } from "./schema";

export type DropReason = "removed" | "incompatible";

export interface DroppedAnswer {
  questionKey: string;
  reason: DropReason;
}

/** A kept answer or file whose question has another key in the new version. */
export interface KeyMove {
  from: string;
  to: string;
}

export interface CarryOver {
  /** Question keys (in the old version) whose answers stay. */
  keptAnswers: string[];
  droppedAnswers: DroppedAnswer[];
  /** Question keys (in the old version) whose uploaded files stay / go. */
  keptFiles: string[];
  droppedFiles: DroppedAnswer[];
  /** Kept answers that move to a question with a new key (one old answer per part of a split). */
  answerMoves: KeyMove[];
  /** Kept files that move to a question with a new key. */
  fileMoves: KeyMove[];
}

/** Where an old key's answer goes: the question that still has it, else those that replace it. */
function successors(target: QuestionnaireDefinition): (oldKey: string) => Question[] {
  const questions = target.sections.flatMap((s) => s.questions);
  const byKey = new Map(questions.map((q) => [q.key, q]));
  return (oldKey) => {
    const same = byKey.get(oldKey);
    return same ? [same] : questions.filter((q) => q.replaces?.includes(oldKey));
  };
}

export function carryOverAnswers(
  target: QuestionnaireDefinition,
  answers: Readonly<Record<string, AnswerValue | null>>,
  fileQuestionKeys: readonly string[],
): CarryOver {
  const next = successors(target);
  const result: CarryOver = { keptAnswers: [], droppedAnswers: [], keptFiles: [], droppedFiles: [], answerMoves: [], fileMoves: [] };
  // A question that keeps its key keeps its own answer; a replaced one never overwrites it.
  const taken = new Set(Object.keys(answers).filter((k) => next(k)[0]?.key === k));
  for (const [questionKey, value] of Object.entries(answers)) {
    const questions = next(questionKey);
    const fits = questions.filter(
      (q) => (q.key === questionKey || !taken.has(q.key)) && !KINDS[q.kind].upload && parseAnswer(q, value).ok,
    );
    if (!questions.length) result.droppedAnswers.push({ questionKey, reason: "removed" });
    else if (!fits.length) result.droppedAnswers.push({ questionKey, reason: "incompatible" });
    else {
      result.keptAnswers.push(questionKey);
      for (const q of fits) {
        if (q.key === questionKey) continue;
        taken.add(q.key);
        result.answerMoves.push({ from: questionKey, to: q.key });
      }
    }
  }
  for (const questionKey of new Set(fileQuestionKeys)) {
    const questions = next(questionKey);
    const fileQuestion = questions.find((q) => KINDS[q.kind].upload);
    if (!questions.length) result.droppedFiles.push({ questionKey, reason: "removed" });
    else if (!fileQuestion) result.droppedFiles.push({ questionKey, reason: "incompatible" });
    else {
      result.keptFiles.push(questionKey);
      if (fileQuestion.key !== questionKey) result.fileMoves.push({ from: questionKey, to: fileQuestion.key });
    }
  }
  return result;
}

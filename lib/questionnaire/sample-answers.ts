/**
 * Plausible answers that complete a questionnaire: the demo seed submits with them and the
 * end-to-end tests fill what a test does not care about. Not for real submissions.
 */
import { evaluateChecklist } from "../checklist/engine";
import type { AnswerValue, Question, QuestionnaireDefinition } from "./schema";

/** A valid answer to a question (its first option, its maximum, today). */
export function sampleValue(q: Question, today: string): AnswerValue {
  switch (q.kind) {
    case "yesNo":
      return true;
    case "singleChoice":
      return q.options![0]!.value;
    case "multipleChoice":
      return [q.options![0]!.value];
    case "number":
    case "percentage":
      return q.max ?? Math.max(q.min ?? 0, 100);
    case "date":
      return today;
    default:
      return "Zie bijlage.";
  }
}

/**
 * `given` plus a sample answer to every required question still missing; answers can reveal more
 * questions, so it goes round until nothing is missing.
 */
export function completeAnswers(def: QuestionnaireDefinition, given: Record<string, AnswerValue>, today: string): Record<string, AnswerValue> {
  const questions = new Map(def.sections.flatMap((s) => s.questions).map((q) => [q.key, q]));
  const answers: Record<string, AnswerValue> = { ...given };
  for (let round = 0; round < 10; round++) {
    const missing = evaluateChecklist(def, answers, { today, enrolment: today }).missingRequired;
    if (!missing.length) return answers;
    for (const key of missing) answers[key] = sampleValue(questions.get(key)!, today);
  }
  throw new Error(`could not complete the questionnaire ${def.careType.key}`);
}

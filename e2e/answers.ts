/** Fills a questionnaire's remaining required questions through the autosave API, as the form would. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { evaluateChecklist } from "../lib/checklist/engine";
import { todayInNL } from "../lib/dates";
import { questionnaireSchema, type AnswerValue, type Question } from "../lib/questionnaire/schema";

export function shippedDefinition(careType: string) {
  return questionnaireSchema.parse(JSON.parse(readFileSync(path.join("prisma", "questionnaires", `${careType}.json`), "utf8")));
}

function validValue(q: Question): AnswerValue {
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
      return todayInNL();
    default:
      return "Zie bijlage.";
  }
}

/** Saves first answers (none given before) through the autosave API. */
export async function saveAnswers(request: APIRequestContext, submissionId: string, answers: Record<string, AnswerValue>) {
  for (const [key, value] of Object.entries(answers)) {
    const response = await request.put(`/api/submissions/${submissionId}/answers/${key}`, { data: { value, expectedVersion: 0 } });
    if (!response.ok()) throw new Error(`${key}: ${response.status()} ${await response.text()}`);
  }
}

export async function fillRequired(request: APIRequestContext, submissionId: string, careType: string, given: Record<string, AnswerValue>) {
  const def = shippedDefinition(careType);
  const questions = new Map(def.sections.flatMap((s) => s.questions).map((q) => [q.key, q]));
  const answers: Record<string, AnswerValue> = { ...given };
  for (let round = 0; round < 10; round++) {
    const missing = evaluateChecklist(def, answers, { today: todayInNL(), enrolment: todayInNL() }).missingRequired;
    if (!missing.length) return answers;
    const values = Object.fromEntries(missing.map((key) => [key, validValue(questions.get(key)!)]));
    await saveAnswers(request, submissionId, values);
    Object.assign(answers, values);
  }
  throw new Error("could not fill the questionnaire");
}

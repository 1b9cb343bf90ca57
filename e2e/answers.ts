/** Fills a questionnaire's remaining required questions through the autosave API, as the form would. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { todayInNL } from "../lib/dates";
import { completeAnswers } from "../lib/questionnaire/sample-answers";
import { questionnaireSchema, type AnswerValue } from "../lib/questionnaire/schema";

export function shippedDefinition(careType: string) {
  return questionnaireSchema.parse(JSON.parse(readFileSync(path.join("prisma", "questionnaires", `${careType}.json`), "utf8")));
}

/** Saves first answers (none given before) through the autosave API. */
export async function saveAnswers(request: APIRequestContext, submissionId: string, answers: Record<string, AnswerValue>) {
  for (const [key, value] of Object.entries(answers)) {
    const response = await request.put(`/api/submissions/${submissionId}/answers/${key}`, { data: { value, expectedVersion: 0 } });
    if (!response.ok()) throw new Error(`${key}: ${response.status()} ${await response.text()}`);
  }
}

export async function fillRequired(request: APIRequestContext, submissionId: string, careType: string, given: Record<string, AnswerValue>) {
  const answers = completeAnswers(shippedDefinition(careType), given, todayInNL());
  await saveAnswers(request, submissionId, Object.fromEntries(Object.entries(answers).filter(([key]) => !(key in given))));
  return answers;
}

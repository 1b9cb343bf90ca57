/**
 * The shipped questionnaires (prisma/questionnaires/*.json) and the policy documents they cite
 * (../shared/seeds, outside the repository). Node-only; used by the seed, the checks and tests.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { env } from "../env";
import { issueMessage, validateQuestionnaire, type ValidationIssue } from "./validate";
import type { QuestionnaireDefinition } from "./schema";

export const QUESTIONNAIRE_DIR = path.join(process.cwd(), "prisma", "questionnaires");
export const SEEDS_DIR = env.POLICY_SEEDS_DIR ?? path.join(process.cwd(), "..", "shared", "seeds");

export function shippedQuestionnaireFiles(): string[] {
  return readdirSync(QUESTIONNAIRE_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => path.join(QUESTIONNAIRE_DIR, f));
}

export function loadQuestionnaireFile(
  file: string,
): { ok: true; definition: QuestionnaireDefinition } | { ok: false; issues: ValidationIssue[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    return { ok: false, issues: [{ path: "", message: issueMessage("invalidJson", { detail: (e as Error).message }) }] };
  }
  return validateQuestionnaire(json);
}

/** The policy document's text, or null when ../shared/seeds is not beside the checkout. */
export function readPolicyDocument(fileName: string): string | null {
  const file = path.join(SEEDS_DIR, path.basename(fileName));
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}

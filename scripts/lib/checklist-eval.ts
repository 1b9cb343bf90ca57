/**
 * `npm run checklist:eval -- <questionnaire.json> <answers.json> --as-of <ISO date-time> [--decisions <decisions.json>]`:
 * the engine's verdict per condition as JSON, so that anyone can check a verdict against the policy
 * without the app. The moment is the moment of enrolment, as for a form submitted then. Answers are
 * the engine's view (`{ "question_key": value }`, file questions as lists of file ids); decisions are
 * `{ "condition_key": { "granted": true, "reason": "…" } }`.
 */
import { readFileSync } from "node:fs";
import { evaluateChecklist, type PurchaserDecisions } from "../../lib/checklist/engine";
import { evaluationMoment } from "../../lib/checklist/reference";
import { renderMessage } from "../../lib/i18n/message";
import { translatorFor } from "../../lib/i18n/translator";
import { loadQuestionnaireFile } from "../../lib/questionnaire/files";
import type { Answers } from "../../lib/questionnaire/schema";

export const USAGE =
  "Usage: npm run checklist:eval -- <questionnaire.json> <answers.json> --as-of <ISO date-time> [--decisions <decisions.json>]";

export interface EvalOutput {
  code: number;
  out: string;
}

function readJsonObject(file: string): Record<string, unknown> {
  const value: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`${file}: not a JSON object`);
  return value as Record<string, unknown>;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export function checklistEval(args: string[]): EvalOutput {
  const asOf = option(args, "--as-of");
  const decisionsFile = option(args, "--decisions");
  const positional = args.filter((a, i) => !a.startsWith("--") && !["--as-of", "--decisions"].includes(args[i - 1] ?? ""));
  const [questionnaireFile, answersFile] = positional;
  const moment = asOf && /^\d{4}-\d{2}-\d{2}(T.+)?$/.test(asOf) ? new Date(asOf) : null;
  if (!questionnaireFile || !answersFile || positional.length !== 2 || !moment || Number.isNaN(moment.getTime())) {
    return { code: 2, out: USAGE };
  }
  const loaded = loadQuestionnaireFile(questionnaireFile);
  if (!loaded.ok) return { code: 1, out: loaded.issues.map((i) => `${i.path}: ${renderMessage(i.message, translatorFor("en"), "en")}`).join("\n") };
  try {
    const answers = readJsonObject(answersFile) as Answers;
    const decisions = (decisionsFile ? readJsonObject(decisionsFile) : {}) as PurchaserDecisions;
    const def = loaded.definition;
    const result = evaluateChecklist(def, answers, evaluationMoment(def, { submittedAt: moment, now: moment }), decisions);
    const verdicts = result.conditions.map((c) => ({ key: c.condition.key, class: c.condition.legalClass, status: c.status }));
    return { code: 0, out: JSON.stringify(verdicts, null, 2) };
  } catch (e) {
    return { code: 1, out: (e as Error).message };
  }
}

/**
 * How many checklist evaluations per second the engine does for the largest shipped questionnaire
 * with every visible question answered. Run: npm run bench:engine
 */
import { evaluateChecklist } from "../lib/checklist/engine";
import { loadQuestionnaireFile, shippedQuestionnaireFiles } from "../lib/questionnaire/files";
import type { AnswerValue, Question, QuestionnaireDefinition } from "../lib/questionnaire/schema";

const TODAY = "2025-06-01";
const AT = { today: TODAY, enrolment: TODAY };

function value(q: Question): AnswerValue {
  switch (q.kind) {
    case "yesNo":
      return true;
    case "singleChoice":
      return q.options![0]!.value;
    case "multipleChoice":
      return q.options!.map((o) => o.value);
    case "number":
    case "percentage":
      return q.max ?? 100;
    case "date":
      return TODAY;
    case "file":
      return ["file-1"];
    default:
      return "Antwoord";
  }
}

const defs = shippedQuestionnaireFiles().map((f) => {
  const r = loadQuestionnaireFile(f);
  if (!r.ok) throw new Error(f);
  return r.definition;
});
const size = (d: QuestionnaireDefinition) => d.sections.flatMap((s) => s.questions).length + d.conditions.length;
const largest = defs.sort((a, b) => size(b) - size(a))[0]!;
const answers = Object.fromEntries(largest.sections.flatMap((s) => s.questions).map((q) => [q.key, value(q)]));

for (let i = 0; i < 200; i++) evaluateChecklist(largest, answers, AT); // warm-up
const rounds: number[] = [];
for (let r = 0; r < 7; r++) {
  const start = process.hrtime.bigint();
  let n = 0;
  while (process.hrtime.bigint() - start < 1_000_000_000n) {
    evaluateChecklist(largest, answers, AT);
    n++;
  }
  rounds.push(n / (Number(process.hrtime.bigint() - start) / 1e9));
}
rounds.sort((a, b) => a - b);
const result = evaluateChecklist(largest, answers, AT);
console.log(
  `checklist engine: ${largest.careType.key} (${largest.sections.flatMap((s) => s.questions).length} questions, ${largest.conditions.length} conditions, ${result.visibleQuestions.length} visible)`,
);
console.log(`evaluations per second: median ${Math.round(rounds[3]!)}, min ${Math.round(rounds[0]!)}, max ${Math.round(rounds[6]!)} (7 rounds of 1 s)`);

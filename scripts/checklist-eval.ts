/** Prints the checklist's verdict per condition as JSON; see scripts/lib/checklist-eval.ts. */
import { checklistEval } from "./lib/checklist-eval";

const { code, out } = checklistEval(process.argv.slice(2));
(code === 0 ? console.log : console.error)(out);
process.exit(code);

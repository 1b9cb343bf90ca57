/**
 * Checks questionnaire files: schema, rule references, and that every quote occurs in its policy
 * document. Usage: npm run questionnaires:check [-- file.json ...]   (default: all shipped ones)
 */
import path from "node:path";
import { LEGAL_CLASSES } from "../lib/questionnaire/schema";
import { findMissingQuotes } from "../lib/questionnaire/quotes";
import { loadQuestionnaireFile, readPolicyDocument, shippedQuestionnaireFiles } from "../lib/questionnaire/files";
import { renderMessage } from "../lib/i18n/message";
import { translatorFor } from "../lib/i18n/translator";

const files = process.argv.slice(2).length ? process.argv.slice(2) : shippedQuestionnaireFiles();
const t = translatorFor("en");
let failed = false;
for (const file of files) {
  const name = path.basename(file);
  const result = loadQuestionnaireFile(file);
  if (!result.ok) {
    failed = true;
    console.log(`✗ ${name}: ${result.issues.length} problem(s)`);
    for (const issue of result.issues) console.log(`    ${issue.path}: ${renderMessage(issue.message, t, "en")}`);
    continue;
  }
  const def = result.definition;
  const doc = readPolicyDocument(def.document.file);
  const counts = `${def.sections.length} sections, ${def.sections.flatMap((s) => s.questions).length} questions, ${def.conditions.length} conditions (${LEGAL_CLASSES.map((k) => `${def.conditions.filter((c) => c.legalClass === k).length} ${k}`).join(", ")}), ${def.procedureDates.length} dates`;
  if (doc === null) {
    console.log(`✓ ${name}: ${counts}; quotes not checked (policy document ${def.document.file} not found)`);
    continue;
  }
  const missing = findMissingQuotes(def, doc);
  if (missing.length) {
    failed = true;
    console.log(`✗ ${name}: ${missing.length} quote(s) not found in ${def.document.file}`);
    for (const m of missing) console.log(`    ${m.path}: "${m.quote}"`);
  } else {
    console.log(`✓ ${name}: ${counts}; all quotes found`);
  }
}
process.exit(failed ? 1 : 0);

/**
 * Seeds the shipped questionnaires (as published version 1) and, unless --questionnaires-only, the demo
 * organisation with one user per role. Safe to run again: what is there is left alone.
 * Run with: npm run db:seed [-- --questionnaires-only]
 */
import { seedDemoData, seedQuestionnaires } from "../lib/server/seed/demo";

const questionnairesOnly = process.argv.includes("--questionnaires-only");

(questionnairesOnly ? seedQuestionnaires().then((questionnaires) => ({ created: false, questionnaires })) : seedDemoData())
  .then((result) => {
    if (result.questionnaires.length) console.log(`Loaded questionnaires: ${result.questionnaires.join(", ")}.`);
    if (!questionnairesOnly) console.log(result.created ? "Demo data seeded." : "Demo data already present: nothing to do.");
    process.exit(0);
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });

/**
 * Seeds demo data once: the shipped questionnaires as published version 1, one demo organisation and
 * one user per role. Safe to run again: it does nothing when the demo data is there.
 * Run with: npm run db:seed
 */
import { seedDemoData } from "../lib/server/seed/demo";

seedDemoData()
  .then((result) => {
    console.log(result.created ? "Demo data seeded." : "Demo data already present: nothing to do.");
    process.exit(0);
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });

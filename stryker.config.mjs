// Mutation testing of the checklist engine and the questionnaire format: `npm run test:mutation`
// (not part of `npm test`; CPU-heavy, so one test process at a time). Static mutants (constants
// evaluated once at import) are ignored: every test would have to be re-run for each of them.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.mts" },
  mutate: ["lib/checklist/**/*.ts", "lib/questionnaire/**/*.ts", "!**/*.test.ts"],
  coverageAnalysis: "perTest",
  ignoreStatic: true,
  concurrency: 1,
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: ".stryker-tmp",
};
export default config;

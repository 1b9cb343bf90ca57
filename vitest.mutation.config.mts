// The unit tests that cover lib/checklist and lib/questionnaire, for Stryker (stryker.config.mjs).
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "test/server-only-stub.ts") } },
  // The generated tests over the shipped questionnaires are left out: each covers the whole engine
  // and would run for every mutant; the engine and format tests cover the same code.
  test: {
    include: ["lib/checklist/**/*.test.ts", "lib/questionnaire/**/*.test.ts"],
    exclude: ["lib/checklist/shipped-verdicts.test.ts", "lib/questionnaire/shipped.test.ts"],
    environment: "node",
  },
});

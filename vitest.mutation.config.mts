// The unit tests that cover lib/checklist and lib/questionnaire, for Stryker (stryker.config.mjs).
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "test/server-only-stub.ts") } },
  test: { include: ["lib/checklist/**/*.test.ts", "lib/questionnaire/**/*.test.ts"], environment: "node" },
});

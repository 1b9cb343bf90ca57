import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against the production build (`next build` first). scripts/test.ts makes a
 * migrated and seeded template database for the run (E2E_DATABASE_URL); every worker copies it and
 * starts its own server (e2e/fixtures.ts), so test files run side by side. Run them with
 * `npm test -- build e2e`.
 */
if (!process.env.E2E_DATABASE_URL) throw new Error("Run the end-to-end tests through `npm test -- build e2e`: it provides E2E_DATABASE_URL.");

// Debian's Chromium where present (these machines cannot download Playwright's own browser).
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-gpu"],
  },
};

export default defineConfig({
  testDir: "./e2e",
  // Files are spread over the workers; the tests of one file run in order in one worker.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  // Whole journeys of 20–30 s on a quiet machine; two workers share two cores with their servers.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json"]],
  use: {
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "chromium", use: chromium, grepInvert: /@exclusive/ },
    // Tests that disturb what all workers share (restarting PostgreSQL) run alone, after all the others.
    { name: "exclusive", use: chromium, grep: /@exclusive/, dependencies: ["chromium"] },
  ],
});

import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against the production build (`next build` first), on the database that
 * scripts/test.ts created, migrated and seeded for this run (E2E_DATABASE_URL). Run them with
 * `npm test -- build e2e`.
 */
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl) throw new Error("Run the end-to-end tests through `npm test -- build e2e`: it provides E2E_DATABASE_URL.");

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

// Debian's Chromium where present (these machines cannot download Playwright's own browser).
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json"]],
  use: {
    baseURL: BASE_URL,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath,
          args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-gpu"],
        },
      },
    },
  ],
  webServer: {
    command: `npx next start -p ${PORT} -H 127.0.0.1`,
    url: `${BASE_URL}/login`,
    timeout: 60_000,
    reuseExistingServer: false,
    env: {
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: "e2e-secret-not-for-production-use-only-in-tests",
      NEXTAUTH_URL: BASE_URL,
      NODE_ENV: "production",
      // Every test user logs in from 127.0.0.1: the per-address limit would otherwise be shared by the whole suite.
      LOGIN_LIMIT_PER_ADDRESS: "10000",
    },
  },
});

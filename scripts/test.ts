/**
 * `npm test`: the whole suite. Type check, lint, unit tests, integration tests against a fresh
 * PostgreSQL database, a production build, and Playwright end-to-end tests in Chromium against that
 * build on another fresh database. Every database is created for the run and dropped afterwards.
 *
 *   npm test                         everything
 *   npm test -- unit integration     only those steps (typecheck lint unit integration build e2e)
 *   npm test -- e2e --grep login     extra arguments after the steps go to the last step's runner
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { createTestDatabase, dropTestDatabase, startTestServer, type TestServer } from "./lib/test-database";

const STEPS = ["typecheck", "lint", "unit", "integration", "build", "e2e"] as const;
type Step = (typeof STEPS)[number];

const argv = process.argv.slice(2);
const chosen = argv.filter((a): a is Step => (STEPS as readonly string[]).includes(a));
const extra = argv.filter((a) => !(STEPS as readonly string[]).includes(a));
const steps = chosen.length ? chosen : [...STEPS];
const REPORTS = path.join(process.cwd(), "test-results", "reports");

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n$ ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
const totals: Counts = { passed: 0, failed: 0, skipped: 0 };

function addVitest(file: string) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, "utf8"));
  totals.passed += r.numPassedTests ?? 0;
  totals.failed += r.numFailedTests ?? 0;
  totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}

function addPlaywright(file: string) {
  if (!existsSync(file)) return;
  const s = JSON.parse(readFileSync(file, "utf8")).stats ?? {};
  totals.passed += (s.expected ?? 0) + (s.flaky ?? 0);
  totals.failed += s.unexpected ?? 0;
  totals.skipped += s.skipped ?? 0;
}

async function withDatabase<T>(server: TestServer, prefix: string, fn: (url: string) => T): Promise<T> {
  const url = await createTestDatabase(server, prefix);
  try {
    return fn(url);
  } finally {
    await dropTestDatabase(server, url);
  }
}

async function main(): Promise<number> {
  rmSync(REPORTS, { recursive: true, force: true });
  mkdirSync(REPORTS, { recursive: true });
  const failed: Step[] = [];
  let server: TestServer | null = null;
  const needsDb = steps.includes("integration") || steps.includes("e2e");
  try {
    if (needsDb) server = await startTestServer();
    for (const step of steps) {
      const args = step === steps[steps.length - 1] ? extra : [];
      let ok = false;
      switch (step) {
        case "typecheck":
          ok = run("npx", ["tsc", "--noEmit", "-p", "."]);
          break;
        case "lint":
          ok = run("npx", ["eslint", "--max-warnings=0", "."]) && run("node", ["scripts/fix-lockfile.mjs", "--check"]);
          break;
        case "unit":
        case "integration": {
          const report = path.join(REPORTS, `${step}.json`);
          const vitest = ["vitest", "run", "--project", step, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...args];
          ok =
            step === "unit"
              ? run("npx", vitest)
              : await withDatabase(server!, "zi_it", (url) => run("npx", vitest, { DATABASE_URL: url }));
          addVitest(report);
          break;
        }
        case "build":
          ok = run("npx", ["next", "build"], { NODE_ENV: "production" });
          break;
        case "e2e": {
          const report = path.join(REPORTS, "e2e.json");
          ok = await withDatabase(server!, "zi_e2e", (url) =>
            run("node", ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], { DATABASE_URL: url }) &&
            run("npx", ["playwright", "test", ...args], {
              E2E_DATABASE_URL: url,
              E2E_ADMIN_DATABASE_URL: server!.adminUrl,
              PLAYWRIGHT_JSON_OUTPUT_NAME: report,
            }),
          );
          addPlaywright(report);
          break;
        }
      }
      if (!ok) failed.push(step);
    }
  } finally {
    await server?.stop();
  }
  console.log(`\nSteps: ${steps.map((s) => `${s} ${failed.includes(s) ? "FAILED" : "ok"}`).join(", ")}`);
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  return failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

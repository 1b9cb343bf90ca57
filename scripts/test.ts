/**
 * `npm test`: the whole suite. Type check, lint, unit tests, integration tests against a fresh
 * PostgreSQL database, a production build, and Playwright end-to-end tests in Chromium against that
 * build, each worker on its own copy of a seeded database. Every database is created for the run and
 * dropped afterwards.
 *
 * Steps that do not depend on each other overlap: lint and unit tests run one after the other beside
 * the integration tests and beside the build followed by the type check (which reads the route types
 * the build writes); the end-to-end tests start when all of those are done (one of them restarts the
 * PostgreSQL server the integration tests use). Each step's output
 * is printed as one block when it ends, with its duration.
 *
 *   npm test                         everything
 *   npm test -- unit integration     only those steps (typecheck lint unit integration build e2e)
 *   npm test -- e2e --grep login     extra arguments after the steps go to the last step's runner
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { createTestDatabase, dropTestDatabase, startTestServer, type TestServer } from "./lib/test-database";

const STEPS = ["typecheck", "lint", "unit", "integration", "build", "e2e"] as const;
type Step = (typeof STEPS)[number];

const argv = process.argv.slice(2);
const chosen = argv.filter((a): a is Step => (STEPS as readonly string[]).includes(a));
const extra = argv.filter((a) => !(STEPS as readonly string[]).includes(a));
const steps = chosen.length ? chosen : [...STEPS];
const lastStep = steps[steps.length - 1];
const REPORTS = path.join(process.cwd(), "test-results", "reports");

/**
 * Runs a command; resolves with success and its output. Steps that overlap others collect their
 * output to print it as one block; a step that runs alone (`live`) prints as it goes.
 */
function run(command: string, args: string[], env: Record<string, string> = {}, live = false): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const line = `$ ${[command, ...args].join(" ")}\n`;
    // A live step's output is on the screen already: keep nothing to print again.
    let output = live ? "" : line;
    if (live) process.stdout.write(line);
    const child = spawn(command, args, { env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    const collect = (d: Buffer) => (live ? process.stdout.write(d) : (output += d));
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", (e) => resolve({ ok: false, output: `${output}\n${e.message}\n` }));
    child.on("close", (code) => resolve({ ok: code === 0, output }));
  });
}

async function sequence(...commands: (() => ReturnType<typeof run>)[]): ReturnType<typeof run> {
  let output = "";
  for (const command of commands) {
    const result = await command();
    output += result.output;
    if (!result.ok) return { ok: false, output };
  }
  return { ok: true, output };
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

async function withDatabase<T>(server: TestServer, prefix: string, fn: (url: string) => Promise<T>): Promise<T> {
  const url = await createTestDatabase(server, prefix);
  try {
    return await fn(url);
  } finally {
    await dropTestDatabase(server, url);
  }
}

function vitest(step: "unit" | "integration", env: Record<string, string> = {}) {
  const report = path.join(REPORTS, `${step}.json`);
  const args = ["vitest", "run", "--project", step, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`];
  return run("npx", [...args, ...(step === lastStep ? extra : [])], env).finally(() => addVitest(report));
}

function commandsFor(step: Step, server: TestServer | null): () => ReturnType<typeof run> {
  const args = step === lastStep ? extra : [];
  switch (step) {
    case "typecheck":
      return () => run("npx", ["tsc", "--noEmit", "-p", ".", ...args]);
    case "lint":
      return () => sequence(() => run("npx", ["eslint", "--max-warnings=0", ".", ...args]), () => run("node", ["scripts/fix-lockfile.mjs", "--check"]));
    case "unit":
      return () => vitest("unit");
    case "integration":
      return () => withDatabase(server!, "zi_it", (url) => vitest("integration", { DATABASE_URL: url }));
    case "build":
      // The type check is a step of its own; the build need not repeat it.
      return () => run("npx", ["next", "build", ...args], { NODE_ENV: "production", NEXT_SKIP_TYPECHECK: steps.includes("typecheck") ? "1" : "0" });
    case "e2e": {
      const report = path.join(REPORTS, "e2e.json");
      return () =>
        withDatabase(server!, "zi_e2e", (url) =>
          sequence(
            () => run("node", ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], { DATABASE_URL: url }, true),
            () =>
              run("npx", ["playwright", "test", ...args], { E2E_DATABASE_URL: url, E2E_ADMIN_DATABASE_URL: server!.adminUrl, PLAYWRIGHT_JSON_OUTPUT_NAME: report }, true),
          ),
        ).finally(() => addPlaywright(report));
    }
  }
}

const durations = new Map<Step, number>();
const failed: Step[] = [];

async function runStep(step: Step, server: TestServer | null): Promise<void> {
  const started = Date.now();
  const result = await commandsFor(step, server)().catch((e: unknown) => ({ ok: false, output: String(e) }));
  durations.set(step, (Date.now() - started) / 1000);
  if (!result.ok) failed.push(step);
  console.log(`\n━━━ ${step} ${result.ok ? "ok" : "FAILED"} (${durations.get(step)!.toFixed(0)} s) ━━━\n${result.output}`);
}

async function main(): Promise<number> {
  const started = Date.now();
  rmSync(REPORTS, { recursive: true, force: true });
  mkdirSync(REPORTS, { recursive: true });
  let server: TestServer | null = null;
  try {
    if (steps.includes("integration") || steps.includes("e2e")) server = await startTestServer();
    // The type check reads the route types that `next build` writes into .next/types: with a build in
    // the run, it follows the build instead of racing it.
    const lane = async (...names: Step[]) => {
      for (const step of names.filter((s) => steps.includes(s))) await runStep(step, server);
    };
    const withBuild = steps.includes("build");
    await Promise.all([
      lane(...(withBuild ? [] : (["typecheck"] as Step[])), "lint", "unit"),
      lane("integration"),
      lane("build", ...(withBuild ? (["typecheck"] as Step[]) : [])),
    ]);
    // The end-to-end tests need the build; running them without one passing would only repeat its failure.
    if (steps.includes("e2e")) {
      if (failed.includes("build")) failed.push("e2e");
      else await runStep("e2e", server);
    }
  } finally {
    await server?.stop();
  }
  const summary = steps.map((s) => `${s} ${failed.includes(s) ? "FAILED" : "ok"}${durations.has(s) ? ` ${durations.get(s)!.toFixed(0)} s` : ""}`);
  console.log(`\nSteps: ${summary.join(", ")}; ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
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

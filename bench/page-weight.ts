/**
 * JavaScript sent to the browser for the login, dashboard and questionnaire pages: the scripts each
 * page's HTML loads, raw and gzip-compressed, read from the production build. Run after a build:
 * npm run bench:page-weight
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { login, startBenchServer } from "./lib/server";
import { DEMO_USERS } from "../lib/demo-users";

const PORT = Number(process.env.BENCH_PORT ?? 3151);

function scripts(html: string): string[] {
  // Modern browsers skip noModule polyfills, so they are not counted.
  return [...html.matchAll(/<script([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(m[1]!))
    .map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1] ?? "")
    .filter((src) => src.startsWith("/_next/static/"));
}

function weigh(srcs: string[]) {
  let raw = 0;
  let gzip = 0;
  for (const src of new Set(srcs)) {
    const file = readFileSync(path.join(".next", "static", decodeURIComponent(src.replace("/_next/static/", "").split("?")[0]!)));
    raw += file.length;
    gzip += gzipSync(file).length;
  }
  return { files: new Set(srcs).size, raw, gzip };
}

async function main() {
  const server = await startBenchServer(PORT);
  try {
    const provider = DEMO_USERS.find((u) => u.role === "PROVIDER")!;
    const cookie = await login(server.url, provider.email, provider.password);
    const get = async (p: string, withCookie = true) => {
      const r = await fetch(`${server.url}${p}`, { headers: withCookie ? { Cookie: cookie } : {}, redirect: "manual" });
      return { status: r.status, location: r.headers.get("location"), html: await r.text() };
    };
    const dashboard = await get("/dashboard");
    // The questionnaire page of the largest questionnaire, on a submission made for the measurement.
    const { Client } = await import("pg");
    const { connectionFields } = await import("../lib/db-url");
    const db = new Client(connectionFields(server.databaseUrl));
    await db.connect();
    const { rows: [s] } = await db.query(
      `INSERT INTO "Submission"(id, "organisationId", "versionId", "createdById", "updatedAt")
       SELECT 'bench-sub', m."organisationId", v.id, u.id, now() FROM "User" u JOIN "Membership" m ON m."userId" = u.id,
       "QuestionnaireVersion" v JOIN "Questionnaire" q ON q.id = v."questionnaireId" JOIN "CareType" c ON c.id = q."careTypeId"
       WHERE u.email = $1 AND c.key = 'wlz_ggz' RETURNING id`,
      [provider.email],
    );
    await db.end();
    const pages = {
      login: await get("/login", false),
      dashboard,
      questionnaire: await get(`/submissions/${s.id}`),
    };
    console.log("JavaScript per page (production build, scripts loaded by the page's HTML):");
    for (const [name, page] of Object.entries(pages)) {
      if (page.status !== 200) throw new Error(`${name}: HTTP ${page.status}`);
      const w = weigh(scripts(page.html));
      console.log(`${name.padEnd(14)} ${String(w.files).padStart(3)} files, ${(w.raw / 1024).toFixed(1).padStart(7)} KiB raw, ${(w.gzip / 1024).toFixed(1).padStart(6)} KiB gzip`);
    }
  } finally {
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

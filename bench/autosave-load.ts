/**
 * Autosave under load: 50 concurrent provider users, each saving answers to its own submission as
 * fast as the server answers, for 30 s; then the same concurrency on the trivial health route, in
 * the same run, for comparison. Loopback only. Run after a build: npm run bench:autosave
 * Options: BENCH_USERS (50), BENCH_SECONDS (30), BENCH_PORT (3150).
 */
import { Client } from "pg";
import { hash } from "@node-rs/argon2";
import { login, percentile, startBenchServer } from "./lib/server";
import { connectionFields } from "../lib/db-url";

const USERS = Number(process.env.BENCH_USERS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const PORT = Number(process.env.BENCH_PORT ?? 3150);
const CARE_TYPE = "coordinatiefunctie";

interface Run {
  requests: number;
  errors: number;
  latencies: number[];
  seconds: number;
}

async function load(workers: (() => Promise<boolean>)[], seconds: number): Promise<Run> {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    workers.map(async (work) => {
      while (Date.now() < end) {
        const t0 = performance.now();
        const ok = await work().catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, latencies, seconds: (Date.now() - started) / 1000 };
}

function report(name: string, r: Run) {
  console.log(
    `${name.padEnd(10)} ${String(r.requests).padStart(7)} requests, ${(r.requests / r.seconds).toFixed(0).padStart(5)} req/s, median ${percentile(r.latencies, 50).toFixed(1)} ms, p95 ${percentile(r.latencies, 95).toFixed(1)} ms, errors ${r.errors}`,
  );
}

async function main() {
  const server = await startBenchServer(PORT);
  try {
    // One organisation, user and started submission per simulated user.
    const db = new Client(connectionFields(server.databaseUrl));
    await db.connect();
    const passwordHash = await hash("bench-password-123", { algorithm: 2 });
    const { rows: [version] } = await db.query(
      `SELECT v.id FROM "QuestionnaireVersion" v JOIN "Questionnaire" q ON q.id = v."questionnaireId" JOIN "CareType" c ON c.id = q."careTypeId" WHERE c.key = $1`,
      [CARE_TYPE],
    );
    const users: { cookie: string; submissionId: string }[] = [];
    for (let i = 0; i < USERS; i++) {
      const email = `bench-${i}@example.nl`;
      const org = `org-${i}`;
      await db.query(`INSERT INTO "Organisation"(id, name, "kvkNumber", region, "updatedAt") VALUES ($1, $2, $3, 'utrecht', now())`, [org, `Bench ${i}`, String(20000000 + i)]);
      await db.query(`INSERT INTO "User"(id, email, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, $3, $4, 'PROVIDER', now())`, [`u-${i}`, email, `Bench ${i}`, passwordHash]);
      await db.query(`INSERT INTO "Membership"(id, "userId", "organisationId", signatory) VALUES ($1, $2, $3, true)`, [`m-${i}`, `u-${i}`, org]);
      await db.query(`INSERT INTO "Submission"(id, "organisationId", "versionId", "createdById", "updatedAt") VALUES ($1, $2, $3, $4, now())`, [`s-${i}`, org, version.id, `u-${i}`]);
      users.push({ cookie: await login(server.url, email, "bench-password-123"), submissionId: `s-${i}` });
    }
    await db.end();

    // Each save sends the version it last saw, as the browser does.
    const autosave = users.map(({ cookie, submissionId }) => {
      let version = 0;
      let n = 0;
      return async () => {
        const response = await fetch(`${server.url}/api/submissions/${submissionId}/answers/elv_bed_coverage`, {
          method: "PUT",
          headers: { "Content-Type": "application/json", Cookie: cookie },
          body: JSON.stringify({ value: 50 + (n++ % 50), expectedVersion: version }),
        });
        const body = (await response.json()) as { version?: number };
        if (response.ok) version = body.version!;
        return response.ok;
      };
    });
    const health = users.map(() => async () => (await fetch(`${server.url}/api/health`)).ok);

    console.log(`autosave load: ${USERS} concurrent users, ${SECONDS} s each, ${server.url} (loopback)`);
    const saves = await load(autosave, SECONDS);
    const trivial = await load(health, SECONDS);
    report("autosave", saves);
    report("health", trivial);
    console.log(
      `ratio autosave/health: throughput ${(saves.requests / saves.seconds / (trivial.requests / trivial.seconds)).toFixed(3)}, median latency ${(percentile(saves.latencies, 50) / percentile(trivial.latencies, 50)).toFixed(1)}x, p95 latency ${(percentile(saves.latencies, 95) / percentile(trivial.latencies, 95)).toFixed(1)}x`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

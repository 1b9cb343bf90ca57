/**
 * Benchmark: the officers' review queue with 10,000 submissions.
 *
 * Creates its own database (like the tests: on DATABASE_URL's server, else 127.0.0.1:5432, else an
 * embedded PostgreSQL), loads the shipped questionnaires, bulk-inserts 2,000 organisations with a
 * submission for each of the 5 care types, then times the queue's service function — the same call
 * the /review page makes — for the first page and for filtered, searched and sorted pages, and the
 * overview's aggregate. Prints the median and p95 per scenario and drops the database.
 *
 *   npm run bench:queue                  (or: npx tsx bench/review-queue.ts)
 *   npm run bench:queue -- --runs 200 --organisations 4000
 */
import { spawnSync } from "node:child_process";

// The services import "server-only", which is an empty module only under the react-server
// condition (as in `npm run db:seed`): run this file again with it.
if (!process.env.BENCH_REACT_SERVER) {
  const child = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", process.argv[1]!, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, BENCH_REACT_SERVER: "1" },
  });
  process.exit(child.status ?? 1);
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} takes a positive whole number`);
  return value;
}

const RUNS = option("runs", 50);
const ORGANISATIONS = option("organisations", 2_000);
const WARM_UP = 5;

/** A small deterministic generator, so every run seeds the same data. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

async function main() {
  const { createTestDatabase, dropTestDatabase, startTestServer } = await import("../scripts/lib/test-database");
  const server = await startTestServer();
  const url = await createTestDatabase(server, "zi_bench");
  process.env.DATABASE_URL = url;
  const { db } = await import("../lib/server/db");
  try {
    const { seedQuestionnaires } = await import("../lib/server/seed/demo");
    const { loadDefinition } = await import("../lib/server/services/questionnaires");
    const { listQueue, careTypeOverview } = await import("../lib/server/services/review");
    const { DEFAULT_QUEUE_QUERY } = await import("../lib/review/queue");
    const { REGION_KEYS } = await import("../lib/regions");
    const { addToDate, todayInNL } = await import("../lib/dates");
    const { dateRange } = await import("../lib/procedure/timeline");

    const seedStart = performance.now();
    await seedQuestionnaires();
    const versions = await db.questionnaireVersion.findMany({ select: { id: true } });
    const definitions = await Promise.all(versions.map(async (v) => ({ id: v.id, def: await loadDefinition(v.id) })));
    const rand = random(2026);
    const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
    const WORDS = ["De Linde", "Het Anker", "Eikenhof", "Zonnehof", "De Brug", "Coördinatie", "Thuiszorg", "Zorggroep", "Revalidatie", "Ëlst", "Waardeburgh", "Vivent"];

    const users = Array.from({ length: ORGANISATIONS }, (_, i) => ({
      id: `bench-user-${i}`,
      email: `bench-${i}@example.nl`,
      name: `Aanbieder ${i}`,
      passwordHash: "not-used",
      role: "PROVIDER" as const,
    }));
    const organisations = Array.from({ length: ORGANISATIONS }, (_, i) => ({
      id: `bench-org-${i}`,
      name: `${pick(WORDS)} ${pick(WORDS)} ${i}`,
      kvkNumber: String(20_000_000 + i),
      region: REGION_KEYS[i % REGION_KEYS.length]!,
    }));
    await db.user.createMany({ data: users });
    await db.organisation.createMany({ data: organisations });

    const STATUSES = [
      ["DRAFT", 0.1],
      ["SUBMITTED", 0.35],
      ["IN_REVIEW", 0.2],
      ["CHANGES_REQUESTED", 0.1],
      ["APPROVED", 0.18],
      ["REJECTED", 0.07],
    ] as const;
    const status = () => {
      let r = rand();
      for (const [s, p] of STATUSES) if ((r -= p) < 0) return s;
      return "SUBMITTED" as const;
    };
    const today = todayInNL();
    const submissions = organisations.flatMap((org, i) =>
      definitions.map(({ id: versionId, def }) => {
        const s = status();
        const checklist: Record<string, string> = {};
        let unmetHard = 0;
        let evidenceMissing = 0;
        for (const c of def.conditions) {
          const r = rand();
          const value = r < 0.08 ? "notMet" : r < 0.12 ? "evidenceMissing" : r < 0.25 ? "notApplicable" : "met";
          checklist[c.key] = value;
          if (value === "notMet" && c.legalClass === "contract") unmetHard += 1;
          if (value === "evidenceMissing") evidenceMissing += 1;
        }
        const required = 20 + Math.floor(rand() * 40);
        const deadline = def.procedureDates.length && rand() < 0.8 ? dateRange(pick(def.procedureDates).when).start : null;
        return {
          organisationId: org.id,
          versionId,
          status: s,
          revision: s === "DRAFT" ? 0 : 1 + Math.floor(rand() * 4),
          createdById: users[i]!.id,
          submittedAt: s === "DRAFT" ? null : new Date(`${addToDate(today, -Math.floor(rand() * 120), "days")}T${String(8 + Math.floor(rand() * 10)).padStart(2, "0")}:00:00Z`),
          unmetHard,
          evidenceMissing,
          unansweredCount: s === "DRAFT" ? Math.floor(rand() * 10) : 0,
          answeredRequired: required,
          requiredVisible: required,
          checklist,
          nextDeadline: deadline ? new Date(`${deadline}T00:00:00Z`) : null,
        };
      }),
    );
    for (let i = 0; i < submissions.length; i += 1_000) await db.submission.createMany({ data: submissions.slice(i, i + 1_000) });
    // As autovacuum would have done by the time anyone looks at a queue this size.
    await db.$executeRawUnsafe("ANALYZE");
    const seconds = ((performance.now() - seedStart) / 1000).toFixed(1);
    const submitted = submissions.filter((s) => s.status !== "DRAFT").length;
    console.log(`Seeded ${submissions.length} submissions (${submitted} visible to officers) of ${ORGANISATIONS} organisations in ${seconds} s.`);

    // An officer of the purchaser that owns Wlz GGZ: the queue shows that purchaser's submissions.
    const { purchaserId } = await db.questionnaire.findFirstOrThrow({ where: { careType: { key: "wlz_ggz" } }, select: { purchaserId: true } });
    const officer = { id: "bench-officer", email: "inkoper@example.nl", name: "Inkoper", locale: "nl", role: "OFFICER" as const, organisationId: null, signatory: false, purchaserId };
    const q = (changes: Partial<typeof DEFAULT_QUEUE_QUERY>) => ({ ...DEFAULT_QUEUE_QUERY, ...changes });
    const scenarios: [string, () => Promise<string>][] = [
      ["queue, first page (open, oldest first)", async () => `${(await listQueue(officer, q({}))).total} rows`],
      [
        "filtered: care type, region, unmet hard, 60 days",
        async () => `${(await listQueue(officer, q({ careType: "wlz_ggz", region: "utrecht", unmet: "yes", from: addToDate(today, -60, "days"), to: today, status: "all" }))).total} rows`,
      ],
      ["search by name, sorted by organisation", async () => `${(await listQueue(officer, q({ q: "linde", sort: "organisation", status: "all" }))).total} rows`],
      ["search by KvK number prefix", async () => `${(await listQueue(officer, q({ q: "200012", status: "all" }))).total} rows`],
      ["sorted by unmet count, page 20 of 100 rows", async () => `${(await listQueue(officer, q({ sort: "unmet", dir: "desc", size: 100, page: 20, status: "all" }))).total} rows`],
      ["sorted by next deadline, page 10", async () => `${(await listQueue(officer, q({ sort: "deadline", page: 10 }))).total} rows`],
      ["overview: by status + most often unmet", async () => `${(await careTypeOverview(officer, "wlz_ggz")).conditions.length} conditions`],
    ];

    console.log(`\n${RUNS} runs each after ${WARM_UP} warm-up runs (milliseconds):\n`);
    console.log(`${"scenario".padEnd(48)} ${"median".padStart(8)} ${"p95".padStart(8)}   result`);
    for (const [name, run] of scenarios) {
      let result = "";
      for (let i = 0; i < WARM_UP; i++) result = await run();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        await run();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      console.log(`${name.padEnd(48)} ${percentile(times, 0.5).toFixed(1).padStart(8)} ${percentile(times, 0.95).toFixed(1).padStart(8)}   ${result}`);
    }
  } finally {
    await db.$disconnect();
    await dropTestDatabase(server, url);
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

/**
 * The authorization matrix: every page, route handler and server action of the app, requested
 * directly as anonymous, a provider of the owning organisation, a provider of another organisation,
 * an officer of the purchaser that owns the questionnaire, an officer of another purchaser and a
 * platform administrator. The list of what exists is read from the app's files and the
 * build's action manifest: a new page, route or action without a row here makes this test fail.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Browser } from "@playwright/test";
import { expect, test } from "./fixtures";
import { Client } from "pg";
import { DEMO_ORGANISATION, DEMO_SUBMITTED_CARE_TYPES, DEMO_USERS } from "../lib/demo-users";
import { demoOfficer, demoUser, loginAs, registerOrganisation } from "./helpers";
import { fillRequired } from "./answers";

const PERSONAS = ["anonymous", "ownProvider", "otherProvider", "ownOfficer", "otherOfficer", "admin"] as const;
type Persona = (typeof PERSONAS)[number];
/** "ok": 2xx, or a redirect that is not to the login page; "login": a redirect to /login. */
type Outcome = "ok" | "login" | 401 | 403 | 404 | 409 | 422;
type Row = Record<Persona, Outcome>;

const row = (anonymous: Outcome, ownProvider: Outcome, otherProvider: Outcome, ownOfficer: Outcome, otherOfficer: Outcome, admin: Outcome): Row => ({
  anonymous,
  ownProvider,
  otherProvider,
  ownOfficer,
  otherOfficer,
  admin,
});
const PUBLIC = row("ok", "ok", "ok", "ok", "ok", "ok");
/** Pages that send signed-in users on to their own home page. */
const GUEST_PAGE = PUBLIC;
const PROVIDER_PAGE = row("login", "ok", "ok", 403, 403, 403);
/** Officer pages without a submission in them: the other purchaser's officer sees its own. */
const OFFICER_PAGE = row("login", 403, 403, "ok", "ok", 403);
const ADMIN_PAGE = row("login", 403, 403, 403, 403, "ok");
const ADMIN_ACTION = row(401, 403, 403, 403, 403, "ok");
const PROVIDER_ACTION = row(401, "ok", "ok", 403, 403, 403);
/** The other purchaser's officer sends the submission's real id and revision: refused as not found. */
const OFFICER_ACTION = row(401, 403, 403, "ok", 404, 403);

/**
 * The submission [id] is the owning provider's answer to CZ's GRZ/ELV/GZSP questionnaire, SUBMITTED (so officers may read it and nobody may
 * change it); [fileId] is evidence on it; [id] on admin user pages is the owning provider's user.
 */
const MATRIX: Record<string, Row> = {
  // Pages
  "GET /": row("login", "ok", "ok", "ok", "ok", "ok"),
  "GET /login": GUEST_PAGE,
  "GET /register": GUEST_PAGE,
  "GET /invite/[token]": PUBLIC,
  "GET /dashboard": PROVIDER_PAGE,
  "GET /organisation": PROVIDER_PAGE,
  "GET /submissions/[id]": row("login", "ok", 404, 403, 403, 403),
  "GET /submissions/[id]/print": row("login", "ok", 404, 403, 403, 403),
  "GET /review": OFFICER_PAGE,
  "GET /review/[id]": row("login", 403, 403, "ok", 404, 403),
  "GET /review/overview": row("login", 403, 403, "ok", "ok", "ok"),
  "GET /admin": ADMIN_PAGE,
  "GET /admin/users": ADMIN_PAGE,
  "GET /admin/users/new": ADMIN_PAGE,
  "GET /admin/users/[id]": ADMIN_PAGE,
  "GET /admin/audit": ADMIN_PAGE,
  "GET /admin/questionnaires": ADMIN_PAGE,
  "GET /admin/questionnaires/[careType]": ADMIN_PAGE,
  "GET /admin/questionnaires/[careType]/draft": ADMIN_PAGE,
  "GET /admin/questionnaires/[careType]/compare": ADMIN_PAGE,
  "GET /admin/questionnaires/[careType]/versions/[number]": ADMIN_PAGE,
  // Route handlers
  "GET /api/health": PUBLIC,
  "GET /api/auth/[...nextauth]": PUBLIC,
  "POST /api/auth/[...nextauth]": PUBLIC,
  "PUT /api/submissions/[id]/answers/[questionKey]": row(401, 409, 404, 404, 404, 404),
  "GET /api/submissions/[id]/calendar": row(401, "ok", 404, "ok", 404, "ok"),
  "GET /api/submissions/[id]/pdf": row(401, "ok", 404, "ok", 404, "ok"),
  "POST /api/submissions/[id]/evidence": row(401, 409, 404, 403, 404, 403),
  "GET /api/evidence/[fileId]": row(401, "ok", 404, "ok", 404, "ok"),
  "DELETE /api/evidence/[fileId]": row(401, 409, 404, 403, 404, 403),
  "GET /admin/audit/export": row(401, 403, 403, 403, 403, "ok"),
  "GET /admin/questionnaires/[careType]/versions/[number]/export": row(401, 403, 403, 403, 403, "ok"),
  // Our probe is not a questionnaire file: the administrator gets the problems listed, nothing is imported.
  "POST /admin/questionnaires/import": row(401, 403, 403, 403, 403, 422),
  // The whole queue: the other purchaser's officer gets its own (the submission is not in it, checked below).
  "GET /api/review/export": row(401, 403, 403, "ok", "ok", 403),
  "GET /api/review/export/answers": row(401, 403, 403, "ok", 404, 403),
  // Server actions (called with junk arguments: allowed callers get a validation answer, the rest are refused)
  "action register/actions.ts#registerAction": PUBLIC,
  "action invite/[token]/actions.ts#acceptInvitationAction": PUBLIC,
  "action lib/i18n/actions.ts#setLocaleAction": PUBLIC,
  "action dashboard/actions.ts#startSubmissionAction": PROVIDER_ACTION,
  "action organisation/actions.ts#inviteColleagueAction": PROVIDER_ACTION,
  "action organisation/actions.ts#revokeInvitationAction": PROVIDER_ACTION,
  "action submissions/[id]/actions.ts#submitSubmissionAction": PROVIDER_ACTION,
  "action submissions/[id]/actions.ts#moveToNewestVersionAction": PROVIDER_ACTION,
  "action admin/questionnaires/actions.ts#saveDraftAction": ADMIN_ACTION,
  "action admin/questionnaires/actions.ts#publishDraftAction": ADMIN_ACTION,
  "action admin/questionnaires/actions.ts#discardDraftAction": ADMIN_ACTION,
  "action admin/questionnaires/actions.ts#createDraftAction": ADMIN_ACTION,
  "action review/[id]/actions.ts#startReviewAction": OFFICER_ACTION,
  "action review/[id]/actions.ts#reviewAnswerAction": OFFICER_ACTION,
  "action review/[id]/actions.ts#decideAction": OFFICER_ACTION,
  "action review/[id]/actions.ts#decideExceptionAction": OFFICER_ACTION,
  "action admin/users/actions.ts#createUserAction": ADMIN_ACTION,
  "action admin/users/actions.ts#setUserActiveAction": ADMIN_ACTION,
  "action admin/users/actions.ts#resetPasswordAction": ADMIN_ACTION,
  "action admin/users/actions.ts#changeOrganisationAction": ADMIN_ACTION,
  "action admin/users/actions.ts#changePurchaserAction": ADMIN_ACTION,
  "action admin/users/actions.ts#searchOrganisationsAction": ADMIN_ACTION,
};

// ---------------------------------------------------------------------------------------------
// What exists, read from the app itself.
// ---------------------------------------------------------------------------------------------

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** app/(group)/a/[id]/page.tsx -> /a/[id] */
function routePath(file: string): string {
  const p = path
    .dirname(path.relative("app", file))
    .split(path.sep)
    .filter((s) => s !== "." && !/^\(.*\)$/.test(s))
    .join("/");
  return `/${p}`;
}

function enumerateRoutes(): string[] {
  const keys: string[] = [];
  for (const file of walk("app")) {
    if (file.endsWith("page.tsx")) keys.push(`GET ${routePath(file)}`);
    if (file.endsWith("route.ts")) {
      const source = readFileSync(file, "utf8");
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
        if (new RegExp(`export (const|async function|function) ${method}\\b|export \\{[^}]*\\bas ${method}\\b`).test(source)) keys.push(`${method} ${routePath(file)}`);
      }
    }
  }
  return keys;
}

interface Action {
  key: string;
  id: string;
  url: string;
}

/** Server actions from the build's manifest, with a page that can receive them. */
function enumerateActions(): Action[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }>;
  };
  const seen = new Map<string, Action>();
  for (const [id, a] of Object.entries(manifest.node)) {
    if (!a.filename || !a.exportedName) continue;
    const file = a.filename.replace(/^app\/(\([^)]+\)\/)?/, "");
    const key = `action ${file}#${a.exportedName}`;
    if (seen.has(key)) continue;
    const worker = Object.keys(a.workers).find((w) => w.endsWith("/page")) ?? "app/login/page";
    const url = worker.replace(/^app/, "").replace(/\/\([^)]+\)/g, "").replace(/\/page$/, "") || "/";
    seen.set(key, { key, id, url });
  }
  return [...seen.values()];
}

// ---------------------------------------------------------------------------------------------

/** The submission belongs to CZ (GRZ/ELV/GZSP); the other purchaser is Zilveren Kruis Zorgkantoor. */
const OWN_OFFICER = demoOfficer("cz");
const OTHER_OFFICER = demoOfficer("zilveren-kruis-zorgkantoor");

/** What an officer action answers for a submission the officer may not see. */
const SUBMISSION_NOT_FOUND = (JSON.parse(readFileSync("messages/nl.json", "utf8")) as { review: { errors: { notFound: string } } }).review.errors.notFound;

/**
 * Real arguments for the officers' actions: the submission's id and revision and a valid input, so
 * a refusal cannot hide behind a validation answer to junk.
 */
function officerActionArguments(key: string, id: string, revision: number): unknown[] | null {
  if (key.endsWith("#startReviewAction")) return [id, revision];
  if (key.endsWith("#reviewAnswerAction")) return [id, { questionKey: "contract_status", verdict: "NEEDS_CHANGE", comment: "Niet van u." }];
  if (key.endsWith("#decideAction")) return [id, revision, { decision: "approve", message: "" }];
  if (key.endsWith("#decideExceptionAction")) return [id, { conditionKey: "contract_status", granted: true, reason: "Niet van u." }];
  return null;
}

interface Fixtures {
  id: string;
  revision: number;
  fileId: string;
  userId: string;
  questionKey: string;
  token: string;
}

async function requestAs(browser: Browser, persona: Persona, own: { email: string; password: string }, other: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const staff = { ownOfficer: OWN_OFFICER, otherOfficer: OTHER_OFFICER, admin: demoUser("ADMIN") } as const;
  if (persona === "ownProvider" || persona === "otherProvider") {
    const who = persona === "ownProvider" ? own : other;
    await page.goto("/login");
    await page.getByLabel("E-mailadres").fill(who.email);
    await page.getByLabel("Wachtwoord").fill(who.password);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
  } else if (persona in staff) {
    await loginAs(page, staff[persona as keyof typeof staff]);
  } else {
    await page.goto("/login");
  }
  return { request: context.request, page, close: () => context.close() };
}

function fill(pattern: string, f: Fixtures): string {
  return pattern
    .replace("[...nextauth]", "session")
    .replace("[questionKey]", f.questionKey)
    .replace("[fileId]", f.fileId)
    .replace("[token]", f.token)
    .replace("[careType]", "grz_elv_gzsp")
    .replace("[number]", "1")
    .replace(/\/admin\/users\/\[id\]/, `/admin/users/${f.userId}`)
    .replace("[id]", f.id)
    .replace(/^\/api\/review\/export\/answers$/, `/api/review/export/answers?id=${f.id}`);
}

function outcome(status: number, location: string | undefined): Outcome | number {
  if (status >= 300 && status < 400) return location && new URL(location, "http://x").pathname.startsWith("/login") ? "login" : "ok";
  if (status >= 200 && status < 300) return "ok";
  return status;
}

async function send(request: APIRequestContext, key: string, f: Fixtures, origin: string, action?: Action, realArguments = false) {
  if (action) {
    const real = realArguments ? officerActionArguments(key, f.id, f.revision) : null;
    const response = await request.post(action.url, {
      headers: { "Next-Action": action.id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: origin },
      data: JSON.stringify(real ?? ["junk", "junk"]),
      maxRedirects: 0,
    });
    // The action's answer (not the page's messages, which the response may carry too) says not found.
    if (real && response.ok() && (await response.text()).includes(`"error":${JSON.stringify(SUBMISSION_NOT_FOUND)}`)) return 404;
    return outcome(response.status(), response.headers()["location"]);
  }
  const [method, pattern] = key.split(" ") as [string, string];
  const url = fill(pattern, f);
  const options = { maxRedirects: 0 } as const;
  const response =
    method === "GET"
      ? await request.get(url, options)
      : method === "PUT"
        ? await request.put(url, { ...options, data: { value: "existing", expectedVersion: 1 } })
        : method === "DELETE"
          ? await request.delete(url, options)
          : pattern.startsWith("/api/auth")
            ? await request.post(fill("/api/auth/_log", f), options)
            : await request.post(url, {
                ...options,
                multipart: { questionKey: "wtza_licence_file", file: { name: "x.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") } },
              });
  return outcome(response.status(), response.headers()["location"]);
}

test("every page, route and action answers each kind of user as the matrix says", async ({ browser, page, worker }) => {
  test.setTimeout(240_000);
  const actions = enumerateActions();
  const existing = [...enumerateRoutes(), ...actions.map((a) => a.key)].sort();
  expect(existing, "every page, route handler and server action needs a row in MATRIX").toEqual(Object.keys(MATRIX).sort());

  // The owning organisation: a fresh provider with a submitted questionnaire and evidence on it.
  const own = await registerOrganisation(page, "Matrix Eigen");
  await page.getByRole("button", { name: /Vragenlijst starten — GRZ/ }).click();
  await expect(page).toHaveURL(/\/submissions\//);
  const id = page.url().split("/").pop()!;
  const upload = await page.request.post(`/api/submissions/${id}/evidence`, {
    multipart: { questionKey: "wtza_licence_file", file: { name: "wtza.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") } },
  });
  expect(upload.status()).toBe(201);
  const fileId = ((await upload.json()) as { file: { id: string } }).file.id;
  await fillRequired(page.request, id, "grz_elv_gzsp", {});
  await page.reload();
  await page.getByRole("button", { name: "Aanvraag indienen" }).click();
  await page.getByRole("button", { name: "Ja, indienen" }).click();
  await expect(page.getByTestId("status")).toHaveText("Ingediend");
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/login/);

  const other = await registerOrganisation(page, "Matrix Ander");
  const db = new Client({ connectionString: worker.databaseUrl });
  await db.connect();
  const { rows } = await db.query(`SELECT id FROM "User" WHERE email = $1`, [own.email]);
  const submitted = await db.query(`SELECT s.revision, o."kvkNumber" FROM "Submission" s JOIN "Organisation" o ON o.id = s."organisationId" WHERE s.id = $1`, [id]);
  const fixtures: Fixtures = { id, revision: submitted.rows[0].revision, fileId, userId: rows[0].id, questionKey: "contract_status", token: "x".repeat(43) };
  const state = `SELECT (SELECT count(*) FROM "User") AS users, (SELECT count(*) FROM "Answer") AS answers, (SELECT count(*) FROM "EvidenceFile" WHERE "removedAt" IS NULL) AS files,
    (SELECT count(*) FROM "ReviewComment") AS comments, (SELECT status || ' ' || revision FROM "Submission" WHERE id = $1) AS status`;
  const before = await db.query(state, [id]);

  const failures: string[] = [];
  const origin = new URL(page.url()).origin;
  for (const persona of PERSONAS) {
    const as = await requestAs(browser, persona, own, other);
    for (const key of Object.keys(MATRIX)) {
      const got = await send(as.request, key, fixtures, origin, actions.find((a) => a.key === key), persona === "otherOfficer");
      if (got !== MATRIX[key]![persona]) failures.push(`${key} as ${persona}: expected ${MATRIX[key]![persona]}, got ${got}`);
    }
    await as.close();
  }
  expect(failures).toEqual([]);

  // The queue export answers both officers, but only the owning purchaser's lists the submission.
  const kvk: string = submitted.rows[0].kvkNumber;
  for (const [persona, listed] of [["ownOfficer", true], ["otherOfficer", false]] as const) {
    const as = await requestAs(browser, persona, own, other);
    expect((await (await as.request.get("/api/review/export?status=all")).text()).includes(kvk), persona).toBe(listed);
    await as.close();
  }

  // Refused requests changed nothing that matters.
  const after = await db.query(state, [id]);
  await db.end();
  expect(after.rows[0]).toEqual(before.rows[0]);
  expect(demoUser("PROVIDER").email).not.toBe(own.email);
});

test("each demo officer is refused every submission page, export and action of the other purchasers", async ({ browser, page, worker }) => {
  test.setTimeout(180_000);
  // A Zilveren Kruis submission beside the demo provider's CZ and Zilveren Kruis Zorgkantoor ones.
  await registerOrganisation(page, "Matrix Zilver");
  await page.getByRole("button", { name: /Vragenlijst starten — Coördinatiefunctie/ }).click();
  await expect(page).toHaveURL(/\/submissions\//);
  await fillRequired(page.request, page.url().split("/").pop()!, "coordinatiefunctie", {});
  await page.reload();
  await page.getByRole("button", { name: "Aanvraag indienen" }).click();
  await page.getByRole("button", { name: "Ja, indienen" }).click();
  await expect(page.getByTestId("status")).toHaveText("Ingediend");

  const db = new Client({ connectionString: worker.databaseUrl });
  await db.connect();
  const submissions = (
    await db.query(`
      SELECT s.id, s.revision, c.key AS "careType", p.key AS purchaser, o."kvkNumber" AS kvk
      FROM "Submission" s JOIN "Organisation" o ON o.id = s."organisationId"
        JOIN "QuestionnaireVersion" v ON v.id = s."versionId" JOIN "Questionnaire" q ON q.id = v."questionnaireId"
        JOIN "CareType" c ON c.id = q."careTypeId" JOIN "Purchaser" p ON p.id = q."purchaserId"
      WHERE s.status <> 'DRAFT'`)
  ).rows as { id: string; revision: number; careType: string; purchaser: string; kvk: string }[];
  const demoSubmitted = submissions.filter((s) => s.kvk === DEMO_ORGANISATION.kvkNumber).map((s) => s.careType);
  expect(demoSubmitted.sort()).toEqual([...DEMO_SUBMITTED_CARE_TYPES].sort());
  const state = `SELECT (SELECT count(*) FROM "ReviewComment") AS comments, (SELECT string_agg(id || status || revision, ',' ORDER BY id) FROM "Submission") AS submissions`;
  const before = (await db.query(state)).rows[0];

  const officers = DEMO_USERS.filter((u) => u.role === "OFFICER");
  expect(new Set(submissions.map((s) => s.purchaser))).toEqual(new Set(officers.map((o) => o.purchaser)));
  const officerActions = enumerateActions().filter((a) => a.key.includes("review/[id]/actions.ts#"));
  expect(officerActions).toHaveLength(4);
  const origin = new URL(page.url()).origin;
  const failures: string[] = [];
  for (const officer of officers) {
    const context = await browser.newContext();
    await loginAs(await context.newPage(), officer);
    const { request } = context;
    for (const s of submissions) {
      const expected = s.purchaser === officer.purchaser ? "ok" : 404;
      const urls = [`/review/${s.id}`, `/api/submissions/${s.id}/pdf`, `/api/submissions/${s.id}/calendar`, `/api/review/export/answers?id=${s.id}`];
      for (const url of urls) {
        const response = await request.get(url, { maxRedirects: 0 });
        const got = outcome(response.status(), response.headers()["location"]);
        if (got !== expected) failures.push(`${officer.email} GET ${url} (${s.purchaser}): expected ${expected}, got ${got}`);
      }
      if (expected === "ok") continue;
      const f: Fixtures = { id: s.id, revision: s.revision, fileId: "", userId: "", questionKey: "", token: "" };
      for (const action of officerActions) {
        const got = await send(request, action.key, f, origin, action, true);
        if (got !== 404) failures.push(`${officer.email} ${action.key} (${s.purchaser}): expected 404, got ${got}`);
      }
    }
    // The queue export lists exactly the officer's own purchaser's submissions.
    const csv = (await (await request.get("/api/review/export?status=all")).text()).trim().split("\n");
    expect(csv.length - 1, officer.email).toBe(submissions.filter((s) => s.purchaser === officer.purchaser).length);
    await context.close();
  }
  expect(failures).toEqual([]);
  expect((await db.query(state)).rows[0]).toEqual(before);
  await db.end();
});

test("every server action answers random and malicious arguments without a server error", async ({ browser, page }) => {
  test.setTimeout(240_000);
  const fc = (await import("fast-check")).default;
  const own = await registerOrganisation(page, "Matrix Willekeur");
  const origin = new URL(page.url()).origin;
  const actions = enumerateActions();
  const argument = fc.oneof(
    fc.anything(),
    fc.string(),
    fc.constantFrom("<script>alert(1)</script>", "'; DROP TABLE \"User\"; --", "__proto__", "", "x".repeat(5000)),
    fc.dictionary(fc.constantFrom("email", "name", "password", "role", "userId", "organisationId", "careType", "sections", "revision", "id"), fc.anything()),
  );
  const failures: string[] = [];
  for (const persona of PERSONAS) {
    const callers = actions.filter((a) => MATRIX[a.key]![persona] === "ok");
    if (!callers.length) continue;
    const as = await requestAs(browser, persona, own, own);
    for (const action of callers) {
      await fc.assert(
        fc.asyncProperty(fc.array(argument, { maxLength: 3 }), async (args) => {
          const response = await as.request.post(action.url, {
            headers: { "Next-Action": action.id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: origin },
            // Encoded as React encodes action arguments: a string starting with "$" is escaped as "$$…".
            data: JSON.stringify(args, (_key, v) => (typeof v === "string" && v.startsWith("$") ? `$${v}` : v)),
            maxRedirects: 0,
          });
          if (response.status() >= 500) failures.push(`${action.key} as ${persona}: ${response.status()} for ${JSON.stringify(args).slice(0, 200)}`);
        }),
        { numRuns: 12 },
      );
    }
    await as.close();
  }
  expect(failures).toEqual([]);
});

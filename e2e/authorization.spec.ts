/**
 * The authorization matrix: every page, route handler and server action of the app, requested
 * directly as anonymous, a provider of the owning organisation, a provider of another organisation,
 * an officer and an administrator. The list of what exists is read from the app's files and the
 * build's action manifest: a new page, route or action without a row here makes this test fail.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Browser } from "@playwright/test";
import { expect, test } from "./fixtures";
import { Client } from "pg";
import { demoUser, loginAs, registerOrganisation, type DemoRole } from "./helpers";
import { fillRequired } from "./answers";

const PERSONAS = ["anonymous", "ownProvider", "otherProvider", "officer", "admin"] as const;
type Persona = (typeof PERSONAS)[number];
/** "ok": 2xx, or a redirect that is not to the login page; "login": a redirect to /login. */
type Outcome = "ok" | "login" | 401 | 403 | 404 | 409 | 422;
type Row = Record<Persona, Outcome>;

const row = (anonymous: Outcome, ownProvider: Outcome, otherProvider: Outcome, officer: Outcome, admin: Outcome): Row => ({
  anonymous,
  ownProvider,
  otherProvider,
  officer,
  admin,
});
const PUBLIC = row("ok", "ok", "ok", "ok", "ok");
/** Pages that send signed-in users on to their own home page. */
const GUEST_PAGE = PUBLIC;
const PROVIDER_PAGE = row("login", "ok", "ok", 403, 403);
const OFFICER_PAGE = row("login", 403, 403, "ok", 403);
const ADMIN_PAGE = row("login", 403, 403, 403, "ok");
const ADMIN_ACTION = row(401, 403, 403, 403, "ok");
const PROVIDER_ACTION = row(401, "ok", "ok", 403, 403);
const OFFICER_ACTION = row(401, 403, 403, "ok", 403);

/**
 * The submission [id] is the owning provider's, SUBMITTED (so officers may read it and nobody may
 * change it); [fileId] is evidence on it; [id] on admin user pages is the owning provider's user.
 */
const MATRIX: Record<string, Row> = {
  // Pages
  "GET /": row("login", "ok", "ok", "ok", "ok"),
  "GET /login": GUEST_PAGE,
  "GET /register": GUEST_PAGE,
  "GET /invite/[token]": PUBLIC,
  "GET /dashboard": PROVIDER_PAGE,
  "GET /organisation": PROVIDER_PAGE,
  "GET /submissions/[id]": row("login", "ok", 404, 403, 403),
  "GET /submissions/[id]/print": row("login", "ok", 404, 403, 403),
  "GET /review": OFFICER_PAGE,
  "GET /review/[id]": OFFICER_PAGE,
  "GET /review/overview": row("login", 403, 403, "ok", "ok"),
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
  "PUT /api/submissions/[id]/answers/[questionKey]": row(401, 409, 404, 404, 404),
  "GET /api/submissions/[id]/calendar": row(401, "ok", 404, "ok", "ok"),
  "GET /api/submissions/[id]/pdf": row(401, "ok", 404, "ok", "ok"),
  "POST /api/submissions/[id]/evidence": row(401, 409, 404, 403, 403),
  "GET /api/evidence/[fileId]": row(401, "ok", 404, "ok", "ok"),
  "DELETE /api/evidence/[fileId]": row(401, 409, 404, 403, 403),
  "GET /admin/audit/export": row(401, 403, 403, 403, "ok"),
  "GET /admin/questionnaires/[careType]/versions/[number]/export": row(401, 403, 403, 403, "ok"),
  // Our probe is not a questionnaire file: the administrator gets the problems listed, nothing is imported.
  "POST /admin/questionnaires/import": row(401, 403, 403, 403, 422),
  "GET /api/review/export": row(401, 403, 403, "ok", 403),
  "GET /api/review/export/answers": row(401, 403, 403, "ok", 403),
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

interface Fixtures {
  id: string;
  fileId: string;
  userId: string;
  questionKey: string;
  token: string;
}

async function requestAs(browser: Browser, persona: Persona, own: { email: string; password: string }, other: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const roles: Partial<Record<Persona, DemoRole>> = { officer: "OFFICER", admin: "ADMIN" };
  if (persona === "ownProvider" || persona === "otherProvider") {
    const who = persona === "ownProvider" ? own : other;
    await page.goto("/login");
    await page.getByLabel("E-mailadres").fill(who.email);
    await page.getByLabel("Wachtwoord").fill(who.password);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
  } else if (roles[persona]) {
    await loginAs(page, roles[persona]!);
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

async function send(request: APIRequestContext, key: string, f: Fixtures, origin: string, action?: Action) {
  if (action) {
    const response = await request.post(action.url, {
      headers: { "Next-Action": action.id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: origin },
      data: JSON.stringify(["junk", "junk"]),
      maxRedirects: 0,
    });
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
  const fixtures: Fixtures = { id, fileId, userId: rows[0].id, questionKey: "contract_status", token: "x".repeat(43) };
  const before = await db.query(`SELECT (SELECT count(*) FROM "User") AS users, (SELECT count(*) FROM "Answer") AS answers, (SELECT count(*) FROM "EvidenceFile") AS files, (SELECT status FROM "Submission" WHERE id = $1) AS status`, [id]);

  const failures: string[] = [];
  const origin = new URL(page.url()).origin;
  for (const persona of PERSONAS) {
    const as = await requestAs(browser, persona, own, other);
    for (const key of Object.keys(MATRIX)) {
      const got = await send(as.request, key, fixtures, origin, actions.find((a) => a.key === key));
      if (got !== MATRIX[key]![persona]) failures.push(`${key} as ${persona}: expected ${MATRIX[key]![persona]}, got ${got}`);
    }
    await as.close();
  }
  expect(failures).toEqual([]);

  // Refused requests changed nothing that matters.
  const after = await db.query(`SELECT (SELECT count(*) FROM "User") AS users, (SELECT count(*) FROM "Answer") AS answers, (SELECT count(*) FROM "EvidenceFile") AS files, (SELECT status FROM "Submission" WHERE id = $1) AS status`, [id]);
  await db.end();
  expect(after.rows[0]).toEqual(before.rows[0]);
  expect(demoUser("PROVIDER").email).not.toBe(own.email);
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

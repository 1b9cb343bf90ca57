import { readFileSync } from "node:fs";
import type { APIRequestContext, Browser, Page, Request } from "@playwright/test";
import { expect, test, withWorkerDatabase } from "./fixtures";
import AxeBuilder from "@axe-core/playwright";
import { demoUser, expectSaved, login, loginAs, question, registerOrganisation } from "./helpers";
import { fillRequired, saveAnswers } from "./answers";

const CARE_TYPE = "coordinatiefunctie";
/** The demo officer of Zilveren Kruis, whose coördinatiefunctie questionnaire these tests review. */
const OFFICER = demoUser("OFFICER");
const OFFICER_NAME = OFFICER.name;
const PROFILE = { contract_status: "existing", region: "kernregio", in_development: false, broadened_care_forms: false };

function axe(page: Page) {
  return new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
}

async function logout(page: Page) {
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** A new provider organisation that has submitted the coördinatiefunctie questionnaire with 80% ELV-bed coverage (a hard condition not met). */
async function submittedSubmission(page: Page, name: string) {
  const account = await registerOrganisation(page, name);
  await page.getByRole("button", { name: /Vragenlijst starten — Coördinatiefunctie/ }).click();
  await expect(page).toHaveURL(/\/submissions\/[a-z0-9]+$/);
  const id = page.url().split("/").pop()!;
  const given = { ...PROFILE, elv_bed_coverage: 80 };
  await saveAnswers(page.request, id, given);
  await fillRequired(page.request, id, CARE_TYPE, given);
  await page.reload();
  await page.getByRole("button", { name: "Aanvraag indienen" }).click();
  await page.getByRole("button", { name: "Ja, indienen" }).click();
  await expect(page.getByTestId("status")).toHaveText("Ingediend");
  await logout(page);
  return { id, ...account };
}

async function loginProvider(page: Page, account: { email: string; password: string }) {
  await login(page, account.email, account.password);
  await expect(page).toHaveURL(/\/dashboard$/);
}

async function officerPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginAs(page, "OFFICER");
  return page;
}

test.describe.configure({ mode: "serial" });

test("an officer filters, comments and requests changes; the provider changes and resubmits; the officer sees the change and approves", async ({ page }) => {
  const name = `Zorgcoöperatie Beoordeling ${Date.now()}`;
  const provider = await submittedSubmission(page, name);

  // The officer finds it in the queue with filters.
  await loginAs(page, "OFFICER");
  await expect(page).toHaveURL(/\/review$/);
  const filters = page.getByRole("search", { name: "Aanvragen filteren" });
  await filters.getByLabel("Zoeken").fill(name.slice(0, 30));
  await filters.getByLabel("Zorgsoort").selectOption({ label: "Coördinatiefunctie" });
  await filters.getByLabel("Harde voorwaarden").selectOption({ label: "Met niet-vervulde harde voorwaarden" });
  await filters.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/unmet=yes/);
  await expect(page.getByTestId("queue-total")).toHaveText("1 aanvraag gevonden");
  const row = page.locator(`[data-submission="${provider.id}"]`);
  await expect(row).toContainText("Ingediend");
  // The filters stay filled in.
  await expect(filters.getByLabel("Zoeken")).toHaveValue(name.slice(0, 30));
  expect((await axe(page).analyze()).violations, "axe: queue").toEqual([]);
  await row.getByRole("link", { name }).click();

  // The submission: organisation, answers, checklist, dates, history.
  await expect(page).toHaveURL(new RegExp(`/review/${provider.id}$`));
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByTestId("status")).toHaveText("Ingediend");
  await expect(page.getByTestId("checklist").locator('[data-group="unmetContract"] [data-condition="b1_elv_bed_coverage_85"]')).toBeVisible();
  await expect(page.getByTestId("timeline")).toBeVisible();
  await expect(question(page, "elv_bed_coverage").getByTestId("answer")).toHaveText("80 % van de ELV-bedden");
  await expect(page.getByTestId("history")).toContainText("Ingediend");
  expect((await axe(page).analyze()).violations, "axe: review page").toEqual([]);

  // Asking for a change without saying what is refused next to the field.
  await page.getByLabel("Aanpassing vragen").check();
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Schrijf wat de aanbieder moet aanpassen" })).toBeVisible();

  // A comment on one answer.
  const coverage = question(page, "elv_bed_coverage");
  await coverage.locator("summary").click();
  await coverage.getByLabel("Aanpassing nodig").check();
  await coverage.getByRole("button", { name: "Oordeel opslaan" }).click();
  await expect(coverage.getByRole("alert")).toHaveText("Schrijf wat er aangepast moet worden.");
  await coverage.getByLabel("Opmerking voor de aanbieder").fill("Graag het percentage voor 2026; de voorwaarde is ten minste 85%.");
  await coverage.getByRole("button", { name: "Oordeel opslaan" }).click();
  await expect(coverage.getByTestId("notes")).toContainText("Graag het percentage voor 2026");
  await expect(page.getByTestId("status")).toHaveText("In beoordeling");
  await expect(page.getByTestId("open-changes")).toHaveText("1 antwoord gemarkeerd als ‘aanpassing nodig’.");

  await page.getByLabel("Aanpassing vragen").check();
  await page.getByLabel("Toelichting voor de aanbieder").fill("Zie de opmerking bij de ELV-bedden.");
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByTestId("status")).toHaveText("Aanpassing gevraagd");
  await expect(page.getByTestId("decided")).toContainText("Zie de opmerking bij de ELV-bedden.");
  await logout(page);

  // The provider sees the request and the comment, changes the answer and resubmits.
  await loginProvider(page, provider);
  await page.goto(`/submissions/${provider.id}`);
  await expect(page.getByTestId("status")).toHaveText("Aanpassing gevraagd");
  await expect(page.getByTestId("decision")).toContainText(`${OFFICER_NAME} vraagt u`);
  await expect(page.getByTestId("decision")).toContainText("Zie de opmerking bij de ELV-bedden.");
  await page.getByRole("navigation", { name: "Onderdelen" }).getByRole("button", { name: /Bijlage 1/ }).click();
  await expect(question(page, "elv_bed_coverage").getByTestId("review-note")).toContainText("aanpassing nodig");
  await expect(question(page, "elv_bed_coverage").getByTestId("review-note")).toContainText("Graag het percentage voor 2026");
  await question(page, "elv_bed_coverage").getByRole("textbox").fill("90");
  await expectSaved(page);
  await page.getByRole("button", { name: "Opnieuw indienen" }).click();
  await page.getByRole("button", { name: "Ja, indienen" }).click();
  await expect(page.getByTestId("status")).toHaveText("Ingediend");
  await logout(page);

  // The officer sees what changed and approves.
  await loginAs(page, "OFFICER");
  await page.getByRole("search").getByLabel("Zoeken").fill(name);
  await page.getByRole("button", { name: "Filteren" }).click();
  await page.locator(`[data-submission="${provider.id}"]`).getByRole("link", { name }).click();
  const changes = page.getByTestId("changes");
  await expect(changes).toContainText("Gewijzigd sinds de beoordeling van");
  await expect(changes.locator('[data-changed="elv_bed_coverage"]')).toContainText("Eerder 80 % van de ELV-bedden → Nu 90 % van de ELV-bedden");
  await expect(question(page, "elv_bed_coverage")).toContainText("Gewijzigd");
  await expect(page.getByTestId("open-changes")).toHaveText("Geen antwoorden gemarkeerd als ‘aanpassing nodig’.");
  await page.getByLabel("Goedkeuren").check();
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByTestId("status")).toHaveText("Goedgekeurd");
  await expect(page.getByTestId("history")).toContainText("Goedgekeurd");
  await logout(page);

  // The provider sees the approval.
  await loginProvider(page, provider);
  await page.goto("/dashboard");
  await expect(page.locator(`[data-care-type="${CARE_TYPE}"]`)).toContainText("Goedgekeurd");
  await page.goto(`/submissions/${provider.id}`);
  await expect(page.getByTestId("status")).toHaveText("Goedgekeurd");
  await expect(page.getByTestId("decision")).toContainText(`Uw aanvraag is goedgekeurd door ${OFFICER_NAME}`);

  // Every step is in the audit log, with who did it.
  const log = await withWorkerDatabase(async (db) =>
    (await db.query(`SELECT action, "actorEmail" FROM "AuditLog" WHERE "entityType" = 'submission' AND "entityId" = $1 ORDER BY id`, [provider.id])).rows,
  );
  expect(log).toEqual([
    { action: "submission.started", actorEmail: provider.email },
    { action: "submission.submitted", actorEmail: provider.email },
    { action: "submission.reviewStarted", actorEmail: OFFICER.email },
    { action: "submission.answerReviewed", actorEmail: OFFICER.email },
    { action: "submission.changesRequested", actorEmail: OFFICER.email },
    { action: "submission.resubmitted", actorEmail: provider.email },
    { action: "submission.approved", actorEmail: OFFICER.email },
  ]);
});

test("of two officers deciding at once, the second is told the first was quicker and nothing is overwritten", async ({ page, browser }) => {
  const { id } = await submittedSubmission(page, `Gelijktijdig Zorg ${Date.now()}`);
  const first = await officerPage(browser);
  const second = await officerPage(browser);
  await first.goto(`/review/${id}`);
  await second.goto(`/review/${id}`);

  await first.getByLabel("Goedkeuren").check();
  await first.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(first.getByTestId("status")).toHaveText("Goedgekeurd");

  await second.getByLabel("Afwijzen").check();
  await second.getByLabel("Toelichting voor de aanbieder").fill("Onvoldoende dekking van de ELV-bedden.");
  await second.getByRole("button", { name: "Besluit vastleggen" }).click();
  const error = second.getByTestId("decision-error");
  await expect(error).toContainText(`${OFFICER_NAME} heeft deze aanvraag intussen gewijzigd (status nu: Goedgekeurd)`);
  await expect(error).toContainText("Uw besluit is niet opgeslagen");
  // What the second officer typed is still there.
  await expect(second.getByLabel("Toelichting voor de aanbieder")).toHaveValue("Onvoldoende dekking van de ELV-bedden.");
  await error.getByRole("button", { name: "Pagina opnieuw laden" }).click();
  await expect(second.getByTestId("status")).toHaveText("Goedgekeurd");

  const decisions = await withWorkerDatabase(async (db) =>
    (await db.query(`SELECT "toStatus" FROM "SubmissionEvent" WHERE "submissionId" = $1 AND "toStatus" IN ('APPROVED', 'REJECTED')`, [id])).rows,
  );
  expect(decisions).toEqual([{ toStatus: "APPROVED" }]);
});

test("the overview shows submissions by status and the conditions most often not met, and the exports open cleanly in Excel", async ({ page }) => {
  const name = `Export Zorg ${Date.now()}`;
  const { id } = await submittedSubmission(page, name);
  await loginAs(page, "OFFICER");

  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Overzicht" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overzicht per zorgsoort" })).toBeVisible();
  const row = page.getByTestId("by-status").locator(`[data-care-type="${CARE_TYPE}"]`);
  await expect(row.locator('[data-status="SUBMITTED"]')).not.toHaveText("0");
  await page.getByLabel("Zorgsoort").selectOption({ label: "Coördinatiefunctie" });
  await page.getByRole("button", { name: "Tonen" }).click();
  await expect(page.getByTestId("unmet-chart").locator('[data-condition="b1_elv_bed_coverage_85"]')).toBeVisible();
  await expect(page.getByTestId("unmet-table").locator('[data-condition="b1_elv_bed_coverage_85"]')).toContainText("Inkoopvoorwaarde");
  expect((await axe(page).analyze()).violations, "axe: overview").toEqual([]);

  // The filtered queue as CSV: UTF-8 with BOM, semicolons, Dutch characters intact.
  await page.goto(`/review?q=${encodeURIComponent(name)}&status=all`);
  const queueCsv = await page.request.get(`/api/review/export?q=${encodeURIComponent(name)}&status=all`);
  expect(queueCsv.status()).toBe(200);
  expect(queueCsv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const queueBytes = await queueCsv.body();
  expect([...queueBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const queueLines = queueBytes.toString("utf8").slice(1).trimEnd().split("\r\n");
  expect(queueLines[0]).toMatch(/^Organisatie;KvK-nummer;AGB-code;Regio;Zorgsoort;/);
  expect(queueLines).toHaveLength(2);
  expect(queueLines[1]).toContain(`${name};`);
  expect(queueLines[1]).toContain(";Coördinatiefunctie;");

  // The answers of the selected submissions, from the queue's selection.
  await page.getByLabel(`${name} selecteren`).check();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Antwoorden van geselecteerde aanvragen exporteren (CSV)" }).click()]);
  const text = readFileSync(await download.path()).toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe("Organisatie;KvK-nummer;Zorgsoort;Status;Onderdeel;Vraagcode;Vraag;Antwoord;Oordeel;Opmerking zorginkoper;Aanvraagnummer");
  expect(lines.find((l) => l.includes(";elv_bed_coverage;"))).toContain(";80 % van de ELV-bedden;");
  expect(lines.every((l, i) => i === 0 || l.endsWith(`;${id}`))).toBe(true);
  // Nothing selected: a message instead of an empty download.
  await page.reload();
  await page.getByRole("button", { name: "Antwoorden van geselecteerde aanvragen exporteren (CSV)" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Selecteer eerst een of meer aanvragen" })).toBeVisible();

  // The PDF as the provider gets it.
  const pdf = await page.request.get(`/api/submissions/${id}/pdf`);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
});

test("a provider cannot open any officer page, export or action, requested directly", async ({ page, browser }) => {
  const { id } = await submittedSubmission(page, `Geen Toegang Zorg ${Date.now()}`);

  // Capture a real server action request as an officer sends it, to replay it as a provider.
  const officer = await officerPage(browser);
  await officer.goto(`/review/${id}`);
  const block = question(officer, "elv_bed_coverage");
  await block.locator("summary").click();
  await block.getByLabel("Akkoord").check();
  await block.getByLabel("Opmerking voor de aanbieder").fill("officer-comment");
  const [action] = await Promise.all([
    officer.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
    block.getByRole("button", { name: "Oordeel opslaan" }).click(),
  ]);
  await expect(block.getByTestId("notes")).toContainText("officer-comment");
  // The decision's request is captured too, but never reaches the server.
  await officer.route(`**/review/${id}`, (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
  await officer.getByLabel("Goedkeuren").check();
  const [decideAction] = await Promise.all([
    officer.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
    officer.getByRole("button", { name: "Besluit vastleggen" }).click(),
  ]);

  await loginAs(page, "PROVIDER");
  for (const url of ["/review", "/review/overview", `/review/${id}`, "/review/does-not-exist"]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(403);
    await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
  }
  for (const url of ["/api/review/export", `/api/review/export?status=all`, `/api/review/export/answers?id=${id}`]) {
    expect((await page.request.get(url)).status(), url).toBe(403);
  }
  const replay = (request: APIRequestContext, captured: Request) => {
    const headers = Object.fromEntries(Object.entries(captured.headers()).filter(([k]) => !["cookie", "host", "content-length"].includes(k)));
    return request.post(captured.url(), { headers, data: captured.postData() ?? "" });
  };
  // The replay works: sent by the officer, it adds the comment a second time.
  expect((await replay(officer.request, action)).status()).toBe(200);
  for (const captured of [action, decideAction]) {
    expect((await replay(page.request, captured)).status(), captured.headers()["next-action"]).toBe(403);
  }
  const state = await withWorkerDatabase(async (db) => ({
    comments: (await db.query(`SELECT count(*)::int AS n FROM "ReviewComment" WHERE "submissionId" = $1`, [id])).rows[0].n,
    status: (await db.query(`SELECT status FROM "Submission" WHERE id = $1`, [id])).rows[0].status,
  }));
  expect(state).toEqual({ comments: 2, status: "IN_REVIEW" });
});

import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import AxeBuilder from "@axe-core/playwright";
import { spawn, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { Client } from "pg";
import { expectSaved, loginAs, question, registerOrganisation } from "./helpers";
import { fillRequired } from "./answers";

const CARE_TYPE = "coordinatiefunctie";

async function startQuestionnaire(page: Page): Promise<string> {
  await page.getByRole("button", { name: /Vragenlijst starten — Coördinatiefunctie/ }).click();
  await expect(page).toHaveURL(/\/submissions\/[a-z0-9]+$/);
  return page.url().split("/").pop()!;
}

async function answerProfile(page: Page) {
  await question(page, "contract_status").getByLabel(/^Ja, wij hebben een overeenkomst 2024/).check();
  await question(page, "region").getByLabel(/^Ja, in een kernregio/).check();
  await question(page, "in_development").getByLabel("Nee").check();
  await question(page, "broadened_care_forms").getByLabel("Nee").check();
}

async function openSection(page: Page, title: RegExp) {
  await page.getByRole("navigation", { name: "Onderdelen" }).getByRole("button", { name: title }).click();
}

function axe(page: Page) {
  return new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
}

test.describe.configure({ mode: "serial" });

test("a new provider fills in the coördinatiefunctie questionnaire, fixes an unmet condition, uploads evidence and submits", async ({ page }) => {
  await registerOrganisation(page, "Coördinatie Midden");
  const dashboardScan = await axe(page).analyze();
  expect(dashboardScan.violations, "axe: dashboard").toEqual([]);

  const id = await startQuestionnaire(page);
  await answerProfile(page);

  // A threshold condition: at least 85% of the ELV beds.
  await openSection(page, /Bijlage 1/);
  const coverage = question(page, "elv_bed_coverage").getByRole("textbox");
  await coverage.fill("70");
  const checklist = page.getByTestId("checklist");
  const condition = checklist.locator('[data-group="unmetContract"] [data-condition="b1_elv_bed_coverage_85"]');
  await expect(condition).toBeVisible();
  await expect(condition).toContainText("ten minste 85");
  await expect(condition).toContainText("70");
  await condition.getByText("Bron", { exact: true }).click();
  await expect(condition).toContainText("Inkoopvoorwaarden coördinatiefuncties");
  await expect(condition).toContainText("85 procent van de ELV-bedden");

  await coverage.fill("90");
  await expect(checklist.locator('[data-group="met"] [data-condition="b1_elv_bed_coverage_85"]')).toBeAttached();
  await expect(checklist.locator('[data-group="unmetContract"] [data-condition="b1_elv_bed_coverage_85"]')).toHaveCount(0);

  // Bad input gets a message next to the field and is not saved.
  await coverage.fill("120");
  await expect(question(page, "elv_bed_coverage").getByRole("alert")).toHaveText(/te groot/);
  await coverage.fill("90");
  await expect(question(page, "elv_bed_coverage").getByRole("alert")).toHaveCount(0);

  // Evidence: the collaboration agreements.
  const upload = question(page, "collab_agreements_file");
  await upload.locator('input[type="file"]').setInputFiles({
    name: "samenwerkingsafspraken.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
  });
  await expect(upload.getByRole("link", { name: /samenwerkingsafspraken\.pdf/ })).toBeVisible();
  const href = await upload.getByRole("link", { name: /samenwerkingsafspraken\.pdf/ }).getAttribute("href");
  const download = await page.request.get(href!);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="samenwerkingsafspraken\.pdf"/);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  // A renamed program is refused, with a message.
  await upload.locator('input[type="file"]').setInputFiles({ name: "offerte.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90\x00\x03 fake executable") });
  await expect(upload.getByRole("alert")).toContainText("niet toegestaan");

  await expectSaved(page);
  const questionnaireScan = await axe(page).analyze();
  expect(questionnaireScan.violations, "axe: questionnaire and checklist").toEqual([]);

  // Everything is still there after a reload.
  await page.reload();
  await expect(question(page, "contract_status").getByLabel(/^Ja, wij hebben een overeenkomst 2024/)).toBeChecked();
  await openSection(page, /Bijlage 1/);
  await expect(question(page, "elv_bed_coverage").getByRole("textbox")).toHaveValue("90");
  await expect(question(page, "collab_agreements_file").getByRole("link", { name: /samenwerkingsafspraken\.pdf/ })).toBeVisible();
  await expect(question(page, "elv_bed_coverage")).toContainText("Laatst gewijzigd door Contact Coördinatie Midden");

  // Submitting is blocked while required questions are open, and lists them.
  await expect(page.getByTestId("submit-blocked")).toBeVisible();
  await fillRequired(page.request, id, CARE_TYPE, {
    contract_status: "existing",
    region: "kernregio",
    in_development: false,
    broadened_care_forms: false,
    elv_bed_coverage: 90,
  });
  // Make one hard condition fail, so the confirmation must list it.
  await page.reload();
  await openSection(page, /Minimum set/);
  const days = question(page, "so_consult_days_per_week").getByRole("textbox");
  await days.fill("5");
  await expectSaved(page);
  await expect(page.getByTestId("submit-blocked")).toHaveCount(0);
  await page.getByRole("button", { name: "Aanvraag indienen" }).click();
  await expect(page.getByTestId("confirm-unmet")).toBeVisible();
  await expect(page.getByTestId("confirm-unmet").locator("li").first()).toBeVisible();
  await page.getByRole("button", { name: "Ja, indienen" }).click();
  await expect(page.getByTestId("status")).toHaveText("Ingediend");
  await expect(page.getByTestId("submitted")).toBeVisible();
  await expect(days).toBeDisabled();

  // Read-only on the server too.
  const write = await page.request.put(`/api/submissions/${id}/answers/so_consult_days_per_week`, { data: { value: 7, expectedVersion: 1 } });
  expect(write.status()).toBe(409);

  // Exports: the print view, the PDF for the board's signature, the calendar file.
  await page.getByRole("link", { name: "Afdrukweergave" }).click();
  await expect(page.getByRole("heading", { name: "Ondertekening" })).toBeVisible();
  await expect(page.getByText("Coördinatie Midden", { exact: false }).first()).toBeVisible();
  await expect(page.getByText("samenwerkingsafspraken.pdf", { exact: false }).first()).toBeVisible();
  const pdf = await page.request.get(`/api/submissions/${id}/pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const ics = await page.request.get(`/api/submissions/${id}/calendar`);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toContain("BEGIN:VCALENDAR");

  // English on request, with the same content.
  await page.goto(`/submissions/${id}`);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Purchasing conditions checklist" })).toBeVisible();
  await expect(page.getByTestId("status")).toHaveText("Submitted");
  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByTestId("status")).toHaveText("Ingediend");

  // The dashboard shows the status.
  await page.goto("/dashboard");
  await expect(page.locator(`[data-care-type="${CARE_TYPE}"]`)).toContainText("Ingediend");

  // Another organisation's provider can neither see nor change it.
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/login/);
  await loginAs(page, "PROVIDER");
  expect((await page.goto(`/submissions/${id}`))?.status()).toBe(404);
  expect((await page.request.put(`/api/submissions/${id}/answers/elv_bed_coverage`, { data: { value: 10, expectedVersion: 0 } })).status()).toBe(404);
  expect((await page.request.get(`/api/submissions/${id}/pdf`)).status()).toBe(404);
  expect((await page.request.get(`/api/submissions/${id}/calendar`)).status()).toBe(404);
  expect((await page.request.post(`/api/submissions/${id}/evidence`, { multipart: { questionKey: "collab_agreements_file", file: { name: "x.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n") } } })).status()).toBe(404);
});

test("a stale second tab gets a conflict message and can load the saved answer", async ({ page, context }) => {
  await registerOrganisation(page, "Twee Tabbladen");
  await startQuestionnaire(page);
  await answerProfile(page);
  await expectSaved(page);
  const second = await context.newPage();
  await second.goto(page.url());

  await openSection(page, /Bijlage 1/);
  await question(page, "elv_bed_coverage").getByRole("textbox").fill("88");
  await expectSaved(page);

  await openSection(second, /Bijlage 1/);
  await question(second, "elv_bed_coverage").getByRole("textbox").fill("60");
  const conflict = second.getByTestId("conflict");
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("Dit antwoord is intussen gewijzigd");
  await expect(conflict).toContainText("88");
  await conflict.getByRole("button", { name: "Opgeslagen antwoord laden" }).click();
  await expect(question(second, "elv_bed_coverage").getByRole("textbox")).toHaveValue("88");
  await expectSaved(second);
});

// It restarts the PostgreSQL server that every worker shares: @exclusive runs it alone, after all other tests.
test("saves during a database outage and a PostgreSQL restart are retried and not lost", { tag: "@exclusive" }, async ({ page, worker }) => {
  const adminUrl = worker.adminDatabaseUrl;
  const databaseUrl = worker.databaseUrl;
  const database = new URL(databaseUrl).pathname.slice(1);
  await registerOrganisation(page, "Storing Zorg");
  const id = await startQuestionnaire(page);
  await answerProfile(page);
  await expectSaved(page);
  await openSection(page, /Bijlage 1/);
  const coverage = question(page, "elv_bed_coverage").getByRole("textbox");
  const state = page.getByTestId("save-state");

  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // 1. Connections killed and refused while the user types.
    await admin.query(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS false`);
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [database]);
    await coverage.fill("93");
    await expect(state).toHaveAttribute("data-state", "failed", { timeout: 20_000 });
    await expect(state).toHaveText(/Opslaan mislukt/);
    await expect(coverage).toHaveValue("93");
  } finally {
    await admin.query(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS true`);
    await admin.end();
  }
  await expectSaved(page);

  // 2. The whole PostgreSQL server restarts while a save is under way (where this machine's server can be restarted).
  const local = new URL(adminUrl);
  const canRestart = process.env.CI_CAN_RESTART_POSTGRES !== "0" && local.hostname === "127.0.0.1" && local.port === "5432" && spawnSync("pg_ctlcluster", ["--help"]).status !== null;
  if (canRestart) {
    const cluster = readdirSync("/etc/postgresql")[0]!;
    await openSection(page, /Minimum set/);
    const days = question(page, "so_consult_days_per_week").getByRole("textbox");
    const restart = spawn("pg_ctlcluster", ["--skip-systemctl-redirect", cluster, "main", "restart", "-m", "fast"], { stdio: "ignore" });
    await days.fill("6");
    await new Promise((resolve) => restart.once("exit", resolve));
    await expectSaved(page);
  }

  // Everything the user saw as saved is in the database.
  const check = new Client({ connectionString: databaseUrl });
  await check.connect();
  const { rows } = await check.query(`SELECT "questionKey", value FROM "Answer" WHERE "submissionId" = $1`, [id]);
  await check.end();
  const stored = Object.fromEntries(rows.map((r) => [r.questionKey, r.value]));
  expect(stored.elv_bed_coverage).toBe(93);
  if (canRestart) expect(stored.so_consult_days_per_week).toBe(6);
  expect(stored.contract_status).toBe("existing");
});

test("unsaved input survives closing the page while the server is unreachable", async ({ page }) => {
  await registerOrganisation(page, "Offline Zorg");
  await startQuestionnaire(page);
  await answerProfile(page);
  await expectSaved(page);
  await openSection(page, /Bijlage 1/);
  await page.route("**/api/submissions/**/answers/**", (route) => route.abort("internetdisconnected"));
  await question(page, "elv_bed_coverage").getByRole("textbox").fill("91");
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", /failed|offline/, { timeout: 15_000 });
  await page.unrouteAll({ behavior: "ignoreErrors" });
  page.on("dialog", (d) => void d.accept());
  // Restored from this browser and saved now: wait for that save itself, not just a calm indicator.
  const resent = page.waitForResponse((r) => r.url().endsWith("/answers/elv_bed_coverage") && r.request().method() === "PUT" && r.ok());
  await page.reload();
  await resent;
  await expectSaved(page);
  await page.reload();
  await openSection(page, /Bijlage 1/);
  await expect(question(page, "elv_bed_coverage").getByRole("textbox")).toHaveValue("91");
});

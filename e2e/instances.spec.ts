/**
 * Two instances of the app on different ports against one database, as behind a load balancer:
 * a session started on one continues on the other, and the login rate limit holds across both.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { BASE_URL } from "../playwright.config";
import { login, registerOrganisation } from "./helpers";

const SECOND_PORT = Number(new URL(BASE_URL).port) + 1;
const SECOND_URL = `http://127.0.0.1:${SECOND_PORT}`;
let second: ChildProcess;

test.beforeAll(async () => {
  second = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(SECOND_PORT), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      NEXTAUTH_SECRET: "e2e-secret-not-for-production-use-only-in-tests",
      NEXTAUTH_URL: SECOND_URL,
      NODE_ENV: "production",
    },
    stdio: "ignore",
  });
  await expect.poll(async () => (await fetch(`${SECOND_URL}/api/health`).catch(() => null))?.status, { timeout: 30_000 }).toBe(200);
});

test.afterAll(() => {
  second?.kill("SIGTERM");
});

test("a user logged in on one instance continues on the other", async ({ page, context }) => {
  await registerOrganisation(page, "Twee Instanties");
  await page.getByRole("button", { name: /Vragenlijst starten — Coördinatiefunctie/ }).click();
  await expect(page).toHaveURL(/\/submissions\//);
  const path = new URL(page.url()).pathname;

  // Same cookies, other instance (cookies are per host name, not per port).
  const other = await context.newPage();
  await other.goto(`${SECOND_URL}${path}`);
  await expect(other.getByTestId("checklist")).toBeVisible();
  await other.locator('[data-question="contract_status"]').getByLabel(/^Nee, wij willen voor het eerst/).check();
  await expect(other.getByTestId("save-state")).toHaveAttribute("data-state", "saved");

  await page.reload();
  await expect(page.locator('[data-question="contract_status"]').getByLabel(/^Nee, wij willen voor het eerst/)).toBeChecked();
});

test("the login rate limit holds across both instances", async ({ page, browser }) => {
  const { email, password } = await registerOrganisation(page, "Slot Twee");
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/login/);
  const otherContext = await browser.newContext({ baseURL: SECOND_URL });
  const other = await otherContext.newPage();
  // Failures alternate between the instances.
  for (let i = 0; i < 5; i++) {
    const target = i % 2 === 0 ? page : other;
    await login(target, email, `fout-${i}-wachtwoord`);
    await expect(target.getByText("Het e-mailadres of wachtwoord is onjuist.")).toBeVisible();
  }
  for (const target of [page, other]) {
    await login(target, email, password);
    await expect(target.getByText("Te veel mislukte pogingen", { exact: false })).toBeVisible();
  }
  await otherContext.close();
});

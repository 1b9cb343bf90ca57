/**
 * Two instances of the app on different ports against one database, as behind a load balancer:
 * a session started on one continues on the other, and the login rate limit holds across both.
 */
import { expect, test } from "./fixtures";
import { login, registerOrganisation } from "./helpers";
import { startNextServer, TEST_SECRET, type NextServer } from "./server";

let second: NextServer;

test.beforeAll(async ({ worker }) => {
  second = startNextServer(worker.port + 1, { DATABASE_URL: worker.databaseUrl, NEXTAUTH_SECRET: TEST_SECRET });
  await second.ready();
});

test.afterAll(async () => {
  await second?.stop();
});

test("a user logged in on one instance continues on the other", async ({ page, context }) => {
  await registerOrganisation(page, "Twee Instanties");
  await page.getByRole("button", { name: /Vragenlijst starten — Coördinatiefunctie/ }).click();
  await expect(page).toHaveURL(/\/submissions\//);
  const path = new URL(page.url()).pathname;

  // Same cookies, other instance (cookies are per host name, not per port).
  const other = await context.newPage();
  await other.goto(`${second.url}${path}`);
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
  const otherContext = await browser.newContext({ baseURL: second.url });
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

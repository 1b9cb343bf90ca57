import { expect, test } from "./fixtures";
import { STRONG_PASSWORD, callAction, expectSaved, question, registerOrganisation } from "./helpers";

test("a signatory invites a colleague, who fills in together but cannot submit", async ({ page, browser }) => {
  await registerOrganisation(page, "Samen Zorg");
  await page.getByRole("button", { name: /Vragenlijst starten — Coördinatiefunctie/ }).click();
  await expect(page).toHaveURL(/\/submissions\//);
  const submissionUrl = page.url();

  await page.getByRole("link", { name: "Collega's" }).click();
  await page.getByLabel("E-mailadres").fill("not-an-address");
  await page.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(page.getByText("Vul een geldig e-mailadres in", { exact: false })).toBeVisible();
  const colleagueEmail = `collega-${Date.now()}@example.nl`;
  await page.getByLabel("E-mailadres").fill(colleagueEmail);
  await page.getByRole("button", { name: "Uitnodigen" }).click();
  const link = await page.getByTestId("invite-link").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]+$/);
  await page.reload();
  await expect(page.getByText(colleagueEmail)).toBeVisible();

  const context = await browser.newContext();
  const colleague = await context.newPage();
  await colleague.goto(new URL(link).pathname);
  await expect(colleague.getByText("namens Samen Zorg")).toBeVisible();
  await colleague.getByLabel("Uw naam").fill("Collega Kees");
  await colleague.getByLabel("Wachtwoord", { exact: true }).fill("nog-een-lang-wachtwoord");
  await colleague.getByLabel("Herhaal wachtwoord").fill("nog-een-lang-wachtwoord");
  await colleague.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(colleague).toHaveURL(/\/dashboard$/);

  // The colleague works in the same submission; the signatory sees who changed the answer.
  await colleague.goto(new URL(submissionUrl).pathname);
  await question(colleague, "contract_status").getByLabel(/^Nee, wij willen voor het eerst/).check();
  await expectSaved(colleague);
  await expect(colleague.getByText("Alleen een tekenbevoegde van uw organisatie kan de aanvraag indienen.")).toBeVisible();
  await expect(colleague.getByRole("button", { name: "Aanvraag indienen" })).toHaveCount(0);
  await expect(colleague.getByText("Alleen een tekenbevoegde kan collega's uitnodigen.")).toHaveCount(0);

  await page.goto(submissionUrl);
  await expect(question(page, "contract_status")).toContainText("Laatst gewijzigd door Collega Kees");

  // The link works once.
  const again = await context.newPage();
  await again.goto(new URL(link).pathname);
  await expect(again.getByText("Deze uitnodiging is ongeldig, al gebruikt of verlopen", { exact: false })).toBeVisible();
  await context.close();
});

test("a colleague who is no signatory is refused (403) when inviting or revoking directly", async ({ page, browser }) => {
  await registerOrganisation(page, "Geen Teken");
  await page.getByRole("link", { name: "Collega's" }).click();
  const colleagueEmail = `collega-${Date.now()}@example.nl`;
  await page.getByLabel("E-mailadres").fill(colleagueEmail);
  await page.getByRole("button", { name: "Uitnodigen" }).click();
  const link = await page.getByTestId("invite-link").inputValue();

  const context = await browser.newContext();
  const colleague = await context.newPage();
  await colleague.goto(new URL(link).pathname);
  await colleague.getByLabel("Uw naam").fill("Collega Zonder Bevoegdheid");
  await colleague.getByLabel("Wachtwoord", { exact: true }).fill(STRONG_PASSWORD);
  await colleague.getByLabel("Herhaal wachtwoord").fill(STRONG_PASSWORD);
  await colleague.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(colleague).toHaveURL(/\/dashboard$/);

  const url = new URL("/organisation", colleague.url()).href;
  const invite = await callAction(colleague.request, url, "organisation/actions.ts", "inviteColleagueAction", { args: [{ email: "derde@example.nl", signatory: true }] });
  expect(invite.status()).toBe(403);
  const revoke = await callAction(colleague.request, url, "organisation/actions.ts", "revokeInvitationAction", { form: { invitationId: "some-invitation" } });
  expect(revoke.status()).toBe(403);
  await context.close();
});

import { expect, test } from "./fixtures";
import { demoUser, expectSaved, question, registerOrganisation } from "./helpers";

test("logging in and answering work with the keyboard alone", async ({ page }) => {
  const user = demoUser("PROVIDER");
  await page.goto("/login");
  // Skip link first, then the header, then the form.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Naar de inhoud" })).toBeFocused();
  await page.getByLabel("E-mailadres").focus();
  await page.keyboard.type(user.email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Wachtwoord")).toBeFocused();
  await page.keyboard.type(user.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.getByRole("button", { name: /Vragenlijst starten — Zintuiglijk/ }).or(page.getByRole("link", { name: /— Zintuiglijk/ })).first().focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/submissions\//);
  const first = question(page, "contract_status").getByRole("radio").first();
  await first.focus();
  await page.keyboard.press("Space");
  await expect(first).toBeChecked();
  await expectSaved(page);

  // "Naar de vraag" in the checklist moves the keyboard focus to the question.
  const goTo = page.getByTestId("checklist").getByRole("button", { name: "Naar de vraag" }).first();
  await goTo.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(":focus")).toBeVisible();
  // The page moves the focus once the section has opened: wait for it rather than look once.
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest("[data-question]") !== null)).toBe(true);
});

test("questions that disappear keep their answer for when they come back", async ({ page }) => {
  await registerOrganisation(page, "Verborgen Zorg");
  await page.getByRole("button", { name: /Vragenlijst starten — Coördinatiefunctie/ }).click();
  await question(page, "in_development").getByLabel("Ja").check();
  const nav = page.getByRole("navigation", { name: "Onderdelen" });
  await nav.getByRole("button", { name: /Tarieven|tarieven/ }).click();
  await question(page, "business_case_available").getByLabel("Ja").check();
  await expectSaved(page);

  await nav.getByRole("button", { name: /Uw coördinatiefunctie/ }).click();
  await question(page, "in_development").getByLabel("Nee").check();
  await expect(nav.getByRole("button", { name: /Tarieven|tarieven/ })).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await question(page, "in_development").getByLabel("Ja").check();
  await nav.getByRole("button", { name: /Tarieven|tarieven/ }).click();
  await expect(question(page, "business_case_available").getByLabel("Ja")).toBeChecked();
});

import { expect, type Page } from "@playwright/test";
import { DEMO_USERS } from "../lib/demo-users";

export type DemoUser = (typeof DEMO_USERS)[number];
export type DemoRole = DemoUser["role"];

/** The first demo user of a role; for officers, Zilveren Kruis's. */
export function demoUser(role: DemoRole) {
  return DEMO_USERS.find((u) => u.role === role)!;
}

/** The demo officer of a purchaser (its key in lib/purchasers.ts). */
export function demoOfficer(purchaser: string) {
  return DEMO_USERS.find((u) => u.role === "OFFICER" && u.purchaser === purchaser)!;
}

export async function login(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

export async function loginAs(page: Page, who: DemoRole | DemoUser) {
  const user = typeof who === "string" ? demoUser(who) : who;
  await login(page, user.email, user.password);
  await expect(page.getByTestId("signed-in-as")).toContainText(user.name);
}

/** A unique 8-digit KvK number per call, so runs never collide. */
export function uniqueKvk(): string {
  return String(10_000_000 + Math.floor(Math.random() * 89_999_999));
}

/** Registers a new provider organisation through the form and lands on its dashboard. */
export async function registerOrganisation(page: Page, name: string, region = "utrecht") {
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, "-")}-${Date.now()}@example.nl`;
  const password = "een-lang-wachtwoord";
  await page.goto("/register");
  await page.getByLabel("Naam organisatie").fill(name);
  await page.getByLabel("KvK-nummer").fill(uniqueKvk());
  await page.getByLabel("Zorgkantoorregio").selectOption(region);
  await page.getByLabel("Uw naam").fill(`Contact ${name}`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByLabel("Herhaal wachtwoord").fill(password);
  await page.getByRole("button", { name: "Registreren" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return { email, password };
}

export function question(page: Page, key: string) {
  return page.locator(`[data-question="${key}"]`);
}

export async function expectSaved(page: Page) {
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
}

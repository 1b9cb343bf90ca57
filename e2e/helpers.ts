import { expect, type Page } from "@playwright/test";
import { DEMO_USERS } from "../lib/demo-users";

export type DemoRole = (typeof DEMO_USERS)[number]["role"];

export function demoUser(role: DemoRole) {
  return DEMO_USERS.find((u) => u.role === role)!;
}

export async function login(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

export async function loginAs(page: Page, role: DemoRole) {
  const user = demoUser(role);
  await login(page, user.email, user.password);
  await expect(page.getByTestId("signed-in-as")).toContainText(user.name);
}

/** A unique 8-digit KvK number per call, so runs never collide. */
export function uniqueKvk(): string {
  return String(10_000_000 + Math.floor(Math.random() * 89_999_999));
}

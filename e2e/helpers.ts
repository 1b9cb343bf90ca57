import { readFileSync } from "node:fs";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
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

/** A password the strength check accepts, for accounts the tests create. */
export const STRONG_PASSWORD = "Paars-Vlot-Ruimte-2026";

/** Registers a new provider organisation through the form and lands on its dashboard. */
export async function registerOrganisation(page: Page, name: string, region = "utrecht") {
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, "-")}-${Date.now()}@example.nl`;
  const password = STRONG_PASSWORD;
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

/** Calls a server action directly, as React does (a FormData argument as multipart: its fields prefixed "_1_", referenced as "$K1"). */
export async function callAction(request: APIRequestContext, url: string, file: string, name: string, body: { args: unknown[] } | { form: Record<string, string> }) {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const id = Object.entries(manifest.node).find(([, a]) => a.filename?.endsWith(file) && a.exportedName === name)?.[0];
  if (!id) throw new Error(`no server action ${file}#${name}`);
  const headers = { "Next-Action": id, Accept: "text/x-component", Origin: new URL(url).origin };
  if ("args" in body) return request.post(url, { headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, data: JSON.stringify(body.args), maxRedirects: 0 });
  // The root part "0" comes last, as React sends it: the server reads the form's fields before it
  // (a FormData keeps that order; an object would put the integer-like key "0" first).
  const multipart = new FormData();
  for (const [k, v] of Object.entries(body.form)) multipart.append(`_1_${k}`, v);
  multipart.append("0", JSON.stringify(["$K1"]));
  return request.post(url, { headers, multipart, maxRedirects: 0 });
}

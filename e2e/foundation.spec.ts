import { expect, test } from "./fixtures";
import { demoUser, login, loginAs, registerOrganisation, uniqueKvk } from "./helpers";

test.describe("each role lands on its own home page", () => {
  for (const [role, path, heading] of [
    ["PROVIDER", "/dashboard", "Mijn aanvragen"],
    ["OFFICER", "/review", "Beoordelingen"],
    ["ADMIN", "/admin", "Beheer"],
  ] as const) {
    test(`${role} logs in and lands on ${path}`, async ({ page }) => {
      await loginAs(page, role);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    });
  }
});

test("the dashboard groups the questionnaires by purchaser; a zorgkantoor's is marked outside its regions", async ({ page }) => {
  await loginAs(page, "PROVIDER");
  const sections = page.locator("section[data-purchaser]");
  await expect(sections.getByRole("heading", { level: 2 })).toHaveText(["CZ", "Zilveren Kruis", "Zilveren Kruis Zorgkantoor"]);
  // The demo provider submitted to CZ and to Zilveren Kruis Zorgkantoor, which buys in Utrecht.
  await expect(page.locator('section[data-purchaser="cz"] [data-care-type="grz_elv_gzsp"]')).toContainText("Ingediend");
  const wlz = page.locator('section[data-purchaser="zilveren-kruis-zorgkantoor"] [data-care-type="wlz_ggz"]');
  await expect(wlz).toContainText("Ingediend");
  await expect(wlz.getByTestId("not-applicable")).toHaveCount(0);
  await expect(page.locator('section[data-purchaser="zilveren-kruis"] [data-care-type]')).toHaveCount(3);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/login/);

  await registerOrganisation(page, "Zeeuwse Zorg", "zeeland");
  await expect(page.locator('[data-care-type="wlz_ggz"]').getByTestId("not-applicable")).toBeVisible();
  await expect(page.locator('[data-care-type="grz_elv_gzsp"]').getByTestId("not-applicable")).toHaveCount(0);
});

test("a provider cannot open officer or admin pages, requested directly", async ({ page }) => {
  await loginAs(page, "PROVIDER");
  for (const url of ["/review", "/admin"]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(403);
    await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
  }
});

test("an officer cannot open the admin area and an administrator not the provider dashboard", async ({ page }) => {
  await loginAs(page, "OFFICER");
  expect((await page.goto("/admin"))?.status()).toBe(403);
  expect((await page.goto("/dashboard"))?.status()).toBe(403);
});

test("anonymous visitors are sent to the login page", async ({ page }) => {
  for (const url of ["/dashboard", "/review", "/admin"]) {
    await page.goto(url);
    await expect(page).toHaveURL(/\/login$/);
  }
});

test("a wrong password and an unknown e-mail get the same message", async ({ page }) => {
  await login(page, demoUser("ADMIN").email, "wrong-password-123");
  await expect(page.getByText("Het e-mailadres of wachtwoord is onjuist.")).toBeVisible();
  await login(page, "nobody-here@example.nl", "wrong-password-123");
  await expect(page.getByText("Het e-mailadres of wachtwoord is onjuist.")).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
});

test("registration shows each field's message next to it and keeps what was typed", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Naam organisatie").fill("Thuiszorg Het Anker");
  await page.getByLabel("KvK-nummer").fill("1234");
  await page.getByLabel("AGB-code (optioneel)").fill("12ab");
  await page.getByLabel("Uw naam").fill("Dirk Smit");
  await page.getByLabel("E-mailadres").fill("dirk@");
  await page.getByLabel("Wachtwoord", { exact: true }).fill("kort");
  await page.getByLabel("Herhaal wachtwoord").fill("anders");
  await page.getByRole("button", { name: "Registreren" }).click();

  await expect(page.getByText("Een KvK-nummer bestaat uit 8 cijfers.")).toBeVisible();
  await expect(page.getByText("Een AGB-code bestaat uit 8 cijfers.")).toBeVisible();
  await expect(page.getByText("Kies een zorgkantoorregio.")).toBeVisible();
  await expect(page.getByText("Vul een geldig e-mailadres in", { exact: false })).toBeVisible();
  await expect(page.getByText("Het wachtwoord moet ten minste 12 tekens hebben.")).toBeVisible();
  // The message is tied to its field for screen readers.
  await expect(page.getByLabel("KvK-nummer")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("KvK-nummer")).toHaveAccessibleDescription(/8 cijfers/);
  // Nothing typed is lost.
  await expect(page.getByLabel("Naam organisatie")).toHaveValue("Thuiszorg Het Anker");
  await expect(page.getByLabel("KvK-nummer")).toHaveValue("1234");
  await expect(page.getByLabel("Uw naam")).toHaveValue("Dirk Smit");
  await expect(page.getByLabel("E-mailadres")).toHaveValue("dirk@");
});

test("registration refuses a taken e-mail address from the server, keeping the form", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Naam organisatie").fill("Zorg Dubbel");
  await page.getByLabel("KvK-nummer").fill(uniqueKvk());
  await page.getByLabel("Zorgkantoorregio").selectOption("utrecht");
  await page.getByLabel("Uw naam").fill("Eva Dubbel");
  await page.getByLabel("E-mailadres").fill(demoUser("PROVIDER").email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill("een-lang-wachtwoord");
  await page.getByLabel("Herhaal wachtwoord").fill("een-lang-wachtwoord");
  await page.getByRole("button", { name: "Registreren" }).click();
  await expect(page.getByText("Er is al een account met dit e-mailadres.")).toBeVisible();
  await expect(page.getByLabel("Naam organisatie")).toHaveValue("Zorg Dubbel");
});

test("registration refuses a guessable password from the server, saying why next to the field", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Naam organisatie").fill("Zorg Zwak");
  await page.getByLabel("KvK-nummer").fill(uniqueKvk());
  await page.getByLabel("Zorgkantoorregio").selectOption("utrecht");
  await page.getByLabel("Uw naam").fill("Eva Zwak");
  await page.getByLabel("E-mailadres").fill(`zwak-${Date.now()}@example.nl`);
  await page.getByLabel("Wachtwoord", { exact: true }).fill("wachtwoord12");
  await page.getByLabel("Herhaal wachtwoord").fill("wachtwoord12");
  await page.getByRole("button", { name: "Registreren" }).click();
  await expect(page.getByLabel("Wachtwoord", { exact: true })).toHaveAccessibleDescription(/te makkelijk te raden/);
  await expect(page.getByLabel("Wachtwoord", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/register$/);
});

test("a new provider registers, lands on its dashboard and can log in again", async ({ page }) => {
  const email = `nieuw-${Date.now()}@example.nl`;
  await page.goto("/register");
  await page.getByLabel("Naam organisatie").fill("Revalidatiecentrum Zonnehof");
  await page.getByLabel("KvK-nummer").fill(uniqueKvk());
  await page.getByLabel("Zorgkantoorregio").selectOption("zeeland");
  await page.getByLabel("Uw naam").fill("Fleur Visser");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill("een-lang-wachtwoord");
  await page.getByLabel("Herhaal wachtwoord").fill("een-lang-wachtwoord");
  await page.getByRole("button", { name: "Registreren" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText("Revalidatiecentrum Zonnehof")).toBeVisible();

  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/login/);
  await login(page, email, "een-lang-wachtwoord");
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("the language can be switched to English", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
});

test("repeated failed logins for one account are stopped, even with the right password", async ({ page }) => {
  const email = `slot-${Date.now()}@example.nl`;
  await page.goto("/register");
  await page.getByLabel("Naam organisatie").fill("Slot Zorg");
  await page.getByLabel("KvK-nummer").fill(uniqueKvk());
  await page.getByLabel("Zorgkantoorregio").selectOption("amsterdam");
  await page.getByLabel("Uw naam").fill("Sanne Slot");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill("het-juiste-wachtwoord");
  await page.getByLabel("Herhaal wachtwoord").fill("het-juiste-wachtwoord");
  await page.getByRole("button", { name: "Registreren" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/login/);

  for (let i = 0; i < 5; i++) {
    await login(page, email, `fout-wachtwoord-${i}`);
    await expect(page.getByText("Het e-mailadres of wachtwoord is onjuist.")).toBeVisible();
  }
  await login(page, email, "het-juiste-wachtwoord");
  await expect(page.getByText("Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.")).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
});

test("the icons are served and a page loads without a console error (no favicon 404)", async ({ page, request }) => {
  for (const [url, type] of [
    ["/favicon.ico", /image\/(x-icon|vnd\.microsoft\.icon)/],
    ["/icon.svg", /image\/svg\+xml/],
    ["/apple-touch-icon.png", /image\/png/],
    ["/site.webmanifest", /manifest\+json|application\/json/],
  ] as const) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-type"], url).toMatch(type);
  }
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  await page.goto("/login");
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /favicon\.ico|icon\.svg/);
  // Chromium asks for /favicon.ico after the load event; give it the moment it needs.
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
});

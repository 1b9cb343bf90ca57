import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { expect, test, withWorkerDatabase } from "./fixtures";
import AxeBuilder from "@axe-core/playwright";
import { demoUser, login, loginAs, registerOrganisation } from "./helpers";

// Destructive flows use users made here, never the demo users other tests log in with.

const ADMIN_PAGES = ["/admin", "/admin/users", "/admin/users/new", "/admin/users/some-id", "/admin/audit"];

/** The admin area's server actions as the build registered them: id and the page that hosts it. */
function adminActions() {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"));
  return Object.entries(manifest.node as Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }>)
    // The user administration's actions; the questionnaire editor's are in the authorization matrix.
    .filter(([, a]) => a.filename?.startsWith("app/(admin)/admin/users/"))
    .map(([id, a]) => {
      const worker = Object.keys(a.workers)[0]!;
      const url = worker.replace(/^app/, "").replace(/\/\([^)]+\)/g, "").replace(/\/page$/, "").replace(/\[[^\]]+\]/g, "some-id");
      return { id, name: a.exportedName!, url };
    });
}

/** Calls a server action directly, as a browser would, with arguments of our choosing. */
function callAction(page: Page, action: { id: string; url: string }, args: unknown[]) {
  return page.request.post(action.url, {
    headers: { "Next-Action": action.id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: new URL(page.url()).origin },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}

async function axeViolations(page: Page) {
  return (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations;
}

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

async function adminPage(browser: Browser) {
  const page = await newPage(browser);
  await loginAs(page, "ADMIN");
  return page;
}

async function logout(page: Page) {
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** Opens a user's page from the list, found by the server-side search. */
async function openUser(page: Page, email: string) {
  await page.goto("/admin/users");
  await page.getByLabel("Zoek op naam of e-mailadres").fill(email);
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(page).toHaveURL(/q=/);
  const row = page.locator(`tr[data-user="${email}"]`);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
}

/** Creates an officer or administrator through the form; returns the one-time password. */
async function createUser(page: Page, user: { name: string; email: string; role: "Zorginkoper" | "Beheerder"; password?: string }) {
  await page.goto("/admin/users/new");
  await page.getByLabel("Naam", { exact: true }).fill(user.name);
  await page.getByLabel("E-mailadres").fill(user.email);
  await page.getByLabel("Rol").selectOption({ label: user.role });
  if (user.role === "Zorginkoper") await page.getByLabel("Inkoper namens").selectOption({ label: "Zilveren Kruis" });
  if (user.password) {
    await page.getByLabel("Ik stel zelf een beginwachtwoord in").check();
    await page.getByLabel("Beginwachtwoord", { exact: true }).fill(user.password);
  }
  await page.getByRole("button", { name: "Gebruiker aanmaken" }).click();
  await expect(page.getByText(`Het account van ${user.name} is aangemaakt.`)).toBeVisible();
  if (user.password) {
    await expect(page.getByTestId("one-time-password")).toHaveCount(0);
    return user.password;
  }
  return (await page.getByTestId("password").textContent())!.trim();
}

function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1000)}@example.nl`;
}

test.describe("only administrators reach the administration", () => {
  for (const role of ["PROVIDER", "OFFICER"] as const) {
    test(`${role === "PROVIDER" ? "a provider" : "an officer"} gets 403 from every admin page, the export and every admin action`, async ({ page }) => {
      await loginAs(page, role);
      for (const url of ADMIN_PAGES) {
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(403);
        await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
      }
      expect((await page.request.get("/admin/audit/export")).status()).toBe(403);

      const actions = adminActions();
      expect(actions.map((a) => a.name).sort()).toEqual(
        ["changeOrganisationAction", "changePurchaserAction", "createUserAction", "resetPasswordAction", "searchOrganisationsAction", "setUserActiveAction"].sort(),
      );
      // Real targets, so a missing check would show as a change in the database.
      const snapshot = () =>
        withWorkerDatabase(async (db) => {
          const { rows } = await db.query(
            `SELECT u.id, u.email, u.active, u."sessionVersion", u."passwordHash", u."purchaserId", m."organisationId", m.signatory
             FROM "User" u LEFT JOIN "Membership" m ON m."userId" = u.id WHERE u.email = ANY($1) ORDER BY u.email`,
            [[demoUser("ADMIN").email, demoUser("PROVIDER").email, demoUser("OFFICER").email]],
          );
          return rows as { id: string; email: string; organisationId: string | null; purchaserId: string | null }[];
        });
      const before = await snapshot();
      const adminId = before.find((u) => u.email === demoUser("ADMIN").email)!.id;
      const provider = before.find((u) => u.email === demoUser("PROVIDER").email)!;
      const officer = before.find((u) => u.email === demoUser("OFFICER").email)!;
      const otherPurchaser = await withWorkerDatabase(
        async (db) => (await db.query(`SELECT id FROM "Purchaser" WHERE id <> $1 LIMIT 1`, [officer.purchaserId])).rows[0].id as string,
      );
      const email = uniqueEmail(`indringer-${role.toLowerCase()}`);
      const args: Record<string, unknown[]> = {
        createUserAction: [{ name: "Indringer", email, role: "ADMIN", passwordMode: "set", password: "een-lang-wachtwoord" }],
        setUserActiveAction: [adminId, false],
        resetPasswordAction: [adminId],
        changeOrganisationAction: [{ userId: provider.id, organisationId: provider.organisationId, signatory: false }],
        searchOrganisationsAction: [""],
        changePurchaserAction: [{ userId: officer.id, purchaserId: otherPurchaser }],
      };
      for (const action of actions) {
        const response = await callAction(page, action, args[action.name]!);
        expect(response.status(), action.name).toBe(403);
        expect(await response.text(), action.name).not.toContain("Zorggroep De Linde");
      }
      expect(await snapshot()).toEqual(before);
      await withWorkerDatabase(async (db) => expect((await db.query(`SELECT 1 FROM "User" WHERE email = $1`, [email])).rowCount).toBe(0));
    });
  }

  test("anonymous visitors are sent to the login page and refused by the export and the actions", async ({ page }) => {
    for (const url of ADMIN_PAGES) {
      await page.goto(url);
      await expect(page).toHaveURL(/\/login$/);
    }
    expect((await page.request.get("/admin/audit/export")).status()).toBe(401);
    const reset = adminActions().find((a) => a.name === "resetPasswordAction")!;
    expect((await callAction(page, reset, ["some-id"])).status()).toBe(401);
  });
});

test("the administrator's overview links to questionnaires, users and the audit log", async ({ page }) => {
  await loginAs(page, "ADMIN");
  await expect(page).toHaveURL(/\/admin$/);
  const nav = page.getByRole("navigation", { name: "Beheermenu" });
  await expect(nav.getByRole("link", { name: "Overzicht" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { name: "Vragenlijsten" }).getByRole("link")).toHaveAttribute("href", "/admin/questionnaires");
  await expect(nav.getByRole("link", { name: "Vragenlijsten" })).toHaveAttribute("href", "/admin/questionnaires");
  await page.getByRole("heading", { name: "Gebruikers" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(nav.getByRole("link", { name: "Gebruikers" })).toHaveAttribute("aria-current", "page");
  await expect(page.locator(`tr[data-user="${demoUser("PROVIDER").email}"]`)).toBeVisible();
  await nav.getByRole("link", { name: "Auditlog" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Auditlog" })).toBeVisible();

  // No WCAG 2.1 AA problems on the admin pages, including a form showing its errors.
  for (const url of ["/admin", "/admin/users", `/admin/users?q=${demoUser("PROVIDER").email}`, "/admin/audit", "/admin/users/new"]) {
    await page.goto(url);
    if (url.endsWith("/new")) {
      await page.getByRole("button", { name: "Gebruiker aanmaken" }).click();
      await expect(page.getByText("Kies zorginkoper of beheerder.")).toBeVisible();
    }
    expect(await axeViolations(page), `axe: ${url}`).toEqual([]);
  }
  await page.goto(`/admin/users?q=${demoUser("PROVIDER").email}`);
  await page.locator("tbody tr").getByRole("link").click();
  await expect(page.getByTestId("organisation")).toBeVisible();
  expect(await axeViolations(page), "axe: user page").toEqual([]);

  // The direct action call the refusal tests use does reach the action for an administrator.
  const search = adminActions().find((a) => a.name === "searchOrganisationsAction")!;
  const response = await callAction(page, search, ["De Linde"]);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("Zorggroep De Linde");
});

test("an administrator creates an officer, who can then log in and lands on the review page", async ({ page }) => {
  await loginAs(page, "ADMIN");
  await page.goto("/admin/users/new");
  // Every problem next to its field; nothing typed is lost.
  await page.getByLabel("Naam", { exact: true }).fill("Ingrid Inkoop");
  await page.getByLabel("E-mailadres").fill("ingrid@");
  await page.getByLabel("Ik stel zelf een beginwachtwoord in").check();
  await page.getByLabel("Beginwachtwoord", { exact: true }).fill("kort");
  await page.getByRole("button", { name: "Gebruiker aanmaken" }).click();
  await expect(page.getByText("Vul een geldig e-mailadres in", { exact: false })).toBeVisible();
  await expect(page.getByText("Kies zorginkoper of beheerder.")).toBeVisible();
  await expect(page.getByText("Het wachtwoord moet ten minste 12 tekens hebben.")).toBeVisible();
  await expect(page.getByLabel("Rol")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Ingrid Inkoop");
  await expect(page.getByLabel("E-mailadres")).toHaveValue("ingrid@");

  // A taken address is refused by the server, next to the field.
  await page.getByLabel("E-mailadres").fill(demoUser("OFFICER").email);
  await page.getByLabel("Rol").selectOption({ label: "Zorginkoper" });
  await page.getByLabel("Maak een tijdelijk wachtwoord (wordt één keer getoond)").check();
  // An officer works for one purchaser.
  await page.getByRole("button", { name: "Gebruiker aanmaken" }).click();
  await expect(page.getByText("Kies voor welke inkoper deze zorginkoper werkt.")).toBeVisible();
  await page.getByLabel("Inkoper namens").selectOption({ label: "Zilveren Kruis" });
  await page.getByRole("button", { name: "Gebruiker aanmaken" }).click();
  await expect(page.getByText("Er is al een account met dit e-mailadres.")).toBeVisible();
  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Ingrid Inkoop");

  const email = uniqueEmail("ingrid");
  const password = await createUser(page, { name: "Ingrid Inkoop", email, role: "Zorginkoper" });
  expect(password).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
  await page.getByRole("link", { name: "Naar deze gebruiker" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ingrid Inkoop" })).toBeVisible();
  await expect(page.getByTestId("purchaser")).toHaveText("Zilveren Kruis");
  // Shown once: the user's page does not show it again.
  await expect(page.getByText(password)).toHaveCount(0);
  // The administrator moves her to another purchaser on the same page.
  const purchaserForm = page.locator("form", { has: page.getByRole("button", { name: "Inkoper opslaan" }) });
  await purchaserForm.getByLabel("Inkoper namens").selectOption({ label: "CZ" });
  await purchaserForm.getByRole("button", { name: "Inkoper opslaan" }).click();
  await expect(page.getByText("De inkoper is opgeslagen.")).toBeVisible();
  await expect(page.getByTestId("purchaser")).toHaveText("CZ");

  await logout(page);
  await login(page, email, password);
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByTestId("signed-in-as")).toContainText("Ingrid Inkoop · Zorginkoper");
});

test("an administrator resets a provider's password: the old one stops working, the new one works", async ({ page, browser }) => {
  const provider = await registerOrganisation(page, "Wachtwoord Zorg");
  const admin = await adminPage(browser);
  await openUser(admin, provider.email);
  await admin.getByRole("button", { name: "Nieuw wachtwoord maken" }).click();
  await expect(admin.getByRole("alertdialog")).toContainText("Het huidige wachtwoord");
  await admin.getByRole("button", { name: "Ja, nieuw wachtwoord maken" }).click();
  await expect(admin.getByText("Het wachtwoord van Contact Wachtwoord Zorg is hersteld.")).toBeVisible();
  const password = (await admin.getByTestId("password").textContent())!.trim();

  // The provider's open session ended with the reset.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login$/);
  await login(page, provider.email, provider.password);
  await expect(page.getByText("Het e-mailadres of wachtwoord is onjuist.")).toBeVisible();
  await login(page, provider.email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("a deactivated provider loses access at once, and can log in again after reactivation", async ({ page, browser }) => {
  const provider = await registerOrganisation(page, "Deactivatie Zorg");
  const admin = await adminPage(browser);
  await openUser(admin, provider.email);
  await admin.getByRole("button", { name: "Deactiveren" }).click();
  await admin.getByRole("button", { name: "Ja, deactiveren" }).click();
  await expect(admin.getByText("Contact Deactivatie Zorg is gedeactiveerd en direct uitgelogd.")).toBeVisible();
  await expect(admin.getByRole("main").getByText("Gedeactiveerd", { exact: true })).toBeVisible();

  // The provider's very next request, in the other browser, goes to the login page.
  await page.reload();
  await expect(page).toHaveURL(/\/login$/);
  await login(page, provider.email, provider.password);
  await expect(page.getByText("Het e-mailadres of wachtwoord is onjuist.")).toBeVisible();

  // The list's filter finds the deactivated account.
  await admin.goto(`/admin/users?status=inactive&q=${encodeURIComponent(provider.email)}`);
  await expect(admin.locator(`tr[data-user="${provider.email}"]`)).toContainText("Gedeactiveerd");
  await admin.goto("/admin/users?status=active&q=" + encodeURIComponent(provider.email));
  await expect(admin.getByText("Geen gebruikers gevonden met deze zoekopdracht.")).toBeVisible();

  await openUser(admin, provider.email);
  await admin.getByRole("button", { name: "Heractiveren" }).click();
  await expect(admin.getByText("Contact Deactivatie Zorg is weer actief en kan inloggen.")).toBeVisible();
  await login(page, provider.email, provider.password);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("the last active administrator cannot be deactivated, with a clear message", async ({ page, browser }) => {
  const demoAdmin = demoUser("ADMIN");
  await loginAs(page, "ADMIN");
  const email = uniqueEmail("tweede-beheerder");
  await createUser(page, { name: "Tweede Beheerder", email, role: "Beheerder", password: "tweede-beheerder-wachtwoord" });

  const second = await newPage(browser);
  await login(second, email, "tweede-beheerder-wachtwoord");
  await expect(second).toHaveURL(/\/admin$/);
  const deactivated: string[] = [];
  try {
    // The second administrator deactivates every other active administrator, the demo one included…
    for (;;) {
      await second.goto("/admin/users?role=ADMIN&status=active");
      const other = second.locator("tbody tr").filter({ hasNot: second.getByText(email, { exact: true }) }).first();
      if ((await other.count()) === 0) break;
      deactivated.push((await other.getAttribute("data-user"))!);
      await other.getByRole("link").click();
      await second.getByRole("button", { name: "Deactiveren" }).click();
      await second.getByRole("button", { name: "Ja, deactiveren" }).click();
      await expect(second.getByText(/is gedeactiveerd en direct uitgelogd/)).toBeVisible();
    }
    expect(deactivated).toContain(demoAdmin.email);
    // …and is then the last one: deactivating themselves is refused.
    await openUser(second, email);
    await expect(second.getByText("(uzelf)")).toBeVisible();
    await second.getByRole("button", { name: "Deactiveren" }).click();
    await second.getByRole("button", { name: "Ja, deactiveren" }).click();
    await expect(second.getByRole("main").getByRole("alert")).toHaveText(
      "Dit is de laatste actieve beheerder en kan daarom niet worden gedeactiveerd. Maak eerst een andere beheerder aan of activeer er een.",
    );
    await second.reload();
    await expect(second.getByText("Dit account is actief en kan inloggen.")).toBeVisible();

    // The demo administrator's session ended when it was deactivated.
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login$/);

    for (const other of deactivated) {
      await openUser(second, other);
      await second.getByRole("button", { name: "Heractiveren" }).click();
      await expect(second.getByText(/is weer actief en kan inloggen/)).toBeVisible();
    }
  } finally {
    // Whatever happened above, the administrators other tests log in with are active again.
    if (deactivated.length) {
      await withWorkerDatabase((db) => db.query(`UPDATE "User" SET active = true WHERE email = ANY($1)`, [deactivated]));
    }
  }
  await loginAs(page, "ADMIN");
});

test("an administrator moves a provider user to another organisation and makes them a signatory", async ({ page, browser }) => {
  const target = `Bestemming Zorg ${Date.now()}`;
  const other = await newPage(browser);
  await registerOrganisation(other, target);
  const provider = await registerOrganisation(page, "Verhuis Zorg");

  const admin = await adminPage(browser);
  await openUser(admin, provider.email);
  await expect(admin.getByTestId("organisation")).toContainText("Verhuis Zorg");
  await admin.getByLabel("Zoek een organisatie op naam of KvK-nummer").fill("bestemming zorg");
  await admin.getByLabel("Zoek een organisatie op naam of KvK-nummer").press("Enter");
  await admin.getByRole("radio", { name: new RegExp(target) }).check();
  // The current organisation stays in view next to the results.
  await expect(admin.getByRole("radio", { name: /Verhuis Zorg.*\(huidig\)/ })).toBeVisible();
  await admin.getByLabel("Tekenbevoegd: mag namens de organisatie indienen").uncheck();
  await admin.getByRole("button", { name: "Organisatie opslaan" }).click();
  await expect(admin.getByText("De organisatie is opgeslagen.")).toBeVisible();
  await expect(admin.getByTestId("organisation")).toContainText(`${target} · KvK`);
  await expect(admin.getByTestId("organisation")).toContainText("niet tekenbevoegd");

  // The provider now works for the other organisation, without logging in again.
  await page.goto("/dashboard");
  await expect(page.getByText(target)).toBeVisible();

  // Unknown search: a clear "nothing found", the choice kept.
  await admin.getByLabel("Zoek een organisatie op naam of KvK-nummer").fill("geen organisatie heet zo");
  await admin.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(admin.getByRole("radio", { name: new RegExp(target) })).toBeChecked();
});

test("the audit log finds user changes by the user's id, kind and date, and exports them as CSV", async ({ page }) => {
  await loginAs(page, "ADMIN");
  const email = uniqueEmail("gelogd");
  await createUser(page, { name: "Gelogde Inkoper", email, role: "Zorginkoper" });
  await page.getByRole("link", { name: "Naar deze gebruiker" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gelogde Inkoper" })).toBeVisible();
  const userId = page.url().split("/").pop()!;
  await page.getByRole("button", { name: "Deactiveren" }).click();
  await page.getByRole("button", { name: "Ja, deactiveren" }).click();
  await expect(page.getByText("Gelogde Inkoper is gedeactiveerd en direct uitgelogd.")).toBeVisible();

  await page.getByRole("link", { name: /in het auditlog/ }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/audit\\?q=${userId}$`));
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(2);
  // Newest first.
  await expect(rows.nth(0)).toContainText("user.deactivated");
  await expect(rows.nth(1)).toContainText("user.created");
  await expect(rows.nth(1)).toContainText(demoUser("ADMIN").email);
  await rows.nth(1).getByText("Toon details").click();
  await expect(rows.nth(1).locator("pre")).toContainText(`"email": "${email}"`);
  await expect(rows.nth(1).locator("pre")).toContainText(`"role": "OFFICER"`);

  // The kind and a date range narrow it; a range ending before it starts is refused next to the field.
  await page.getByLabel("Soort").selectOption({ label: "Inloggen" });
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(page.getByText("Geen items gevonden.")).toBeVisible();
  await page.getByLabel("Soort").selectOption({ label: "Gebruikersbeheer" });
  await page.getByLabel("Vanaf").fill("2030-01-02");
  await page.getByLabel("Tot en met").fill("2030-01-01");
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(page.getByText("De einddatum ligt vóór de begindatum.")).toBeVisible();
  await expect(page.getByLabel("Vanaf")).toHaveValue("2030-01-02");
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
  await page.getByLabel("Vanaf").fill(today);
  await page.getByLabel("Tot en met").fill(today);
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(page).toHaveURL(/action=user/);
  await expect(rows).toHaveCount(2);

  // Search by the administrator's e-mail address finds their actions too.
  await page.goto(`/admin/audit?q=${encodeURIComponent(demoUser("ADMIN").email)}&action=user`);
  await expect(page.locator(`tr[data-action="user.created"]`).first()).toBeVisible();

  const csv = await page.request.get(`/admin/audit/export?q=${userId}`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="auditlog-\d{4}-\d{2}-\d{2}\.csv"$/);
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.toString("utf8").slice(1).trim().split("\r\n");
  expect(lines[0]).toBe("Tijdstip;Actie;Door;Objecttype;Object-id;Organisatie-id;IP-adres;Details");
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain(`;user.deactivated;${demoUser("ADMIN").email};user;${userId};`);
  expect(lines[2]).toContain(`;user.created;`);
});

import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import AxeBuilder from "@axe-core/playwright";
import { questionnaireSchema } from "../lib/questionnaire/schema";
import { expectSaved, login, loginAs, question, registerOrganisation } from "./helpers";

/**
 * The administrator's questionnaire editor, on a care type of its own (imported here), so the other
 * tests' questionnaires stay as shipped.
 */
const CARE_TYPE = `e2e_editor_${Date.now()}`;
const NAME = `Editorzorg ${Date.now() % 100000}`;
const t = (nl: string, en = nl) => ({ nl, en });

function questionnaire() {
  return {
    formatVersion: 1,
    careType: { key: CARE_TYPE, name: t(NAME) },
    title: t("Inkoopvoorwaarden editorzorg 2026", "Purchasing conditions editor care 2026"),
    insurer: "Testverzekeraar",
    policyPeriod: "2026",
    document: { file: "editorzorg.txt", title: "Inkoopbeleid editorzorg 2026" },
    sections: [
      {
        key: "profiel",
        profile: true,
        title: t("Uw organisatie", "Your organisation"),
        questions: [
          {
            key: "contract_status",
            kind: "singleChoice",
            label: t("Heeft u nu een contract?", "Do you hold a contract now?"),
            options: [
              { value: "existing", label: t("Ja, bestaande aanbieder", "Yes") },
              { value: "new", label: t("Nee, nieuwe aanbieder", "No") },
            ],
          },
        ],
      },
      {
        key: "algemeen",
        title: t("Algemeen", "General"),
        questions: [
          { key: "wtza", kind: "yesNo", label: t("Heeft u een Wtza-vergunning?", "Do you hold a Wtza licence?") },
          { key: "beds", kind: "number", label: t("Hoeveel bedden heeft u?", "How many beds?"), min: 0, integer: true },
          { key: "plan", kind: "longText", label: t("Beschrijf uw plan", "Describe your plan"), required: false },
        ],
      },
    ],
    conditions: [
      {
        key: "wtza_licence",
        text: t("De aanbieder heeft een Wtza-vergunning.", "The provider holds a Wtza licence."),
        severity: "hard",
        rule: { op: "isYes", question: "wtza" },
        source: { section: "Voorwaarden", quote: "Wtza-vergunning" },
      },
      {
        key: "plan_given",
        text: t("Wij verwachten een plan.", "We expect a plan."),
        severity: "expectation",
        rule: { op: "answered", question: "plan" },
        source: { section: "Voorwaarden", quote: "wij verwachten een plan" },
      },
    ],
    procedureDates: [
      {
        key: "offer_deadline",
        when: { precision: "day", date: "2030-06-03", time: "12:00" },
        event: t("Uiterste datum offerte", "Offer deadline"),
        actor: "provider",
        source: { section: "Planning" },
      },
    ],
  };
}

const json = (data: unknown, name = "vragenlijst.json") => ({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });

function outline(page: Page) {
  return page.getByRole("navigation", { name: "Inhoud van de vragenlijst" });
}

async function saveItem(page: Page) {
  await page.getByTestId("item-form").getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByTestId("editor-status")).toHaveAttribute("data-state", "saved");
}

async function publish(page: Page, number: number) {
  await page.getByRole("button", { name: `Versie ${number} publiceren` }).click();
  await page.getByRole("button", { name: "Ja, publiceren" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/questionnaires/${CARE_TYPE}\\?published=${number}$`));
  await expect(page.getByRole("status")).toContainText(`Versie ${number} is gepubliceerd`);
}

async function startQuestionnaire(page: Page) {
  await page.getByRole("button", { name: `Vragenlijst starten — ${NAME}` }).click();
  await expect(page).toHaveURL(/\/submissions\/[a-z0-9]+$/);
}

async function openSection(page: Page, title: RegExp) {
  await page.getByRole("navigation", { name: "Onderdelen" }).getByRole("button", { name: title }).click();
}

test.describe.configure({ mode: "serial" });

let providerA: { email: string; password: string };

test("an invalid file is refused with every problem listed; a valid one becomes a draft and is published", async ({ page }) => {
  await loginAs(page, "ADMIN");
  await page.goto("/admin/questionnaires");

  const broken = questionnaire();
  broken.conditions[0]!.rule = { op: "isYes", question: "does_not_exist" };
  (broken.procedureDates[0]!.when as { date: string }).date = "2030-02-30";
  await page.getByLabel("Bestand (.json)").setInputFiles(json(broken));
  await page.getByRole("button", { name: "Importeren" }).click();
  const problems = page.getByTestId("import-problems");
  await expect(problems).toContainText("Het bestand is niet geïmporteerd");
  await expect(problems).toContainText("procedureDates.0.when.date");
  await page.getByLabel("Bestand (.json)").setInputFiles(json({ ...broken, procedureDates: questionnaire().procedureDates }));
  await page.getByRole("button", { name: "Importeren" }).click();
  await expect(problems).toContainText("conditions.wtza_licence.rule");
  await expect(problems).toContainText('vraag "does_not_exist", die niet bestaat');
  await page.reload();
  await expect(page.locator(`[data-care-type="${CARE_TYPE}"]`)).toHaveCount(0);

  await page.getByLabel("Bestand (.json)").setInputFiles(json(questionnaire()));
  await page.getByRole("button", { name: "Importeren" }).click();
  await expect(page.getByRole("status")).toContainText("Geïmporteerd als concept versie 1");
  await page.getByRole("link", { name: "Concept openen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${NAME}: concept versie 1`);
  await expect(page.getByTestId("issue-count")).toHaveText(/kan worden gepubliceerd/);
  await publish(page, 1);
});

test("a provider starts version 1 and answers some questions", async ({ page }) => {
  providerA = await registerOrganisation(page, "Zorggroep Eerder");
  await startQuestionnaire(page);
  await question(page, "contract_status").getByLabel("Ja, bestaande aanbieder").check();
  await openSection(page, /Algemeen/);
  await question(page, "wtza").getByLabel("Ja").check();
  await question(page, "beds").getByRole("textbox").fill("12");
  await question(page, "plan").getByRole("textbox").fill("Ons plan voor 2026");
  await expectSaved(page);
});

test("an administrator adds a number question and a threshold condition built in the form, checks and publishes", async ({ page }) => {
  await loginAs(page, "ADMIN");
  await page.goto(`/admin/questionnaires/${CARE_TYPE}`);
  await page.getByLabel("Alle proceduredata een jaar later zetten", { exact: false }).check();
  await page.getByRole("button", { name: "Nieuw concept maken" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/questionnaires/${CARE_TYPE}/draft$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${NAME}: concept versie 2`);

  // A number question in the section "Algemeen".
  await outline(page).locator("li", { has: page.locator('[data-item="section:algemeen"]') }).getByRole("button", { name: "+ Vraag toevoegen" }).click();
  const form = page.getByTestId("item-form");
  await expect(form.getByRole("heading", { name: "Nieuwe vraag" })).toBeVisible();
  await form.getByLabel("Soort vraag").selectOption("number");
  await form.getByRole("button", { name: "Opslaan", exact: true }).click();
  // Messages next to the fields, nothing lost.
  await expect(form.getByText("Controleer de gemarkeerde velden.")).toBeVisible();
  await expect(form.getByLabel("Vraagtekst (Nederlands)")).toHaveAccessibleDescription(/verplicht/);
  await form.getByLabel("Sleutel").fill("fte");
  await form.getByLabel("Vraagtekst (Nederlands)").fill("Hoeveel fte verpleegkundigen heeft u?");
  await form.getByLabel("Vraagtekst (Engels)").fill("How many FTE nurses do you employ?");
  await form.getByLabel("Minimum", { exact: true }).fill("0");
  await form.getByLabel("Eenheid (Nederlands)").fill("fte");
  await form.getByLabel("Eenheid (Engels)").fill("FTE");
  // The preview follows the form before it is saved.
  const preview = page.getByTestId("preview");
  await expect(preview.getByTestId("preview-unsaved")).toBeVisible();
  await expect(preview.locator('[data-question="fte"]')).toContainText("Hoeveel fte verpleegkundigen heeft u?");
  await saveItem(page);
  await expect(preview.getByTestId("preview-unsaved")).toHaveCount(0);
  await expect(outline(page).locator('[data-item="question:fte"]')).toBeVisible();

  // The plan question goes: a condition still reads it, which the publish check reports with a link.
  await outline(page).locator('[data-item="question:plan"]').click();
  await form.getByRole("button", { name: "Verwijderen" }).click();
  await form.getByRole("button", { name: "Ja, verwijderen" }).click();
  await expect(page.getByTestId("editor-status")).toHaveAttribute("data-state", "saved");
  await expect(outline(page).locator('[data-item="question:plan"]')).toHaveCount(0);
  const issues = page.getByTestId("issues");
  await expect(issues).toContainText('De regel verwijst naar vraag "plan", die niet bestaat.');
  await expect(page.getByRole("button", { name: "Versie 2 publiceren" })).toBeDisabled();
  await issues.getByRole("link", { name: "Voorwaarde plan_given" }).click();
  await expect(page).toHaveURL(/item=condition:plan_given/);
  await expect(form.getByRole("heading", { name: "Voorwaarde: Wij verwachten een plan." })).toBeVisible();
  await form.getByRole("button", { name: "Verwijderen" }).click();
  await form.getByRole("button", { name: "Ja, verwijderen" }).click();
  await expect(page.getByTestId("issue-count")).toHaveText(/kan worden gepubliceerd/);

  // A condition with a threshold rule, built in the form.
  await outline(page).getByRole("button", { name: "+ Voorwaarde toevoegen" }).click();
  await form.getByLabel("Sleutel").fill("fte_min");
  await form.getByLabel("Voorwaarde (Nederlands)").fill("De aanbieder heeft ten minste 5 fte verpleegkundigen.");
  await form.getByLabel("Voorwaarde (Engels)").fill("The provider employs at least 5 FTE nurses.");
  const rule = form.getByRole("group", { name: "Regel: voldaan als" });
  await rule.getByRole("button", { name: "+ Regel" }).click();
  await rule.getByLabel("Vraag").selectOption({ label: "Hoeveel fte verpleegkundigen heeft u? (Getal)" });
  // The operators offered are the ones for numbers.
  await expect(rule.getByLabel("Toets").locator("option")).toHaveText(["is beantwoord", "is ten minste (≥)", "is meer dan (>)", "is ten hoogste (≤)", "is minder dan (<)", "is precies (=)"]);
  await rule.getByLabel("Toets").selectOption({ label: "is ten minste (≥)" });
  await form.getByLabel("Paragraaf").fill("Personeel");
  await form.getByLabel("Letterlijk citaat", { exact: true }).fill("ten minste 5 fte");
  // An unfinished rule is pointed out where it is.
  await form.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(rule.getByText("Vul een getal in, bijvoorbeeld 85 of 12,5.")).toBeVisible();
  await rule.getByLabel("Getal").fill("5");
  await saveItem(page);
  await expect(outline(page).locator('[data-item="condition:fte_min"]')).toBeVisible();

  // The live preview shows the form and the checklist as a provider would see them.
  await preview.locator('[data-question="fte"]').getByRole("textbox").fill("3");
  const previewCondition = preview.getByTestId("checklist").locator('[data-group="unmetContract"] [data-condition="fte_min"]');
  await expect(previewCondition).toContainText("ten minste 5");
  await preview.locator('[data-question="fte"]').getByRole("textbox").fill("6");
  await expect(preview.getByTestId("checklist").locator('[data-group="met"] [data-condition="fte_min"]')).toBeAttached();

  const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(scan.violations, "axe: editor").toEqual([]);

  // A colleague's save in between: this tab's stale save is refused, with a message.
  const other = await page.context().newPage();
  await other.goto(page.url().split("?")[0]!);
  await outline(other).getByRole("button", { name: "Algemene gegevens" }).click();
  await other.getByTestId("item-form").getByLabel("Beleidsperiode").fill("2027");
  await saveItem(other);
  await other.close();
  await outline(page).getByRole("button", { name: "Algemene gegevens" }).click();
  await form.getByLabel("Verzekeraar of zorgkantoor").fill("Andere verzekeraar");
  await form.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByTestId("editor-status")).toContainText("Iemand anders heeft dit concept intussen gewijzigd");
  await expect(form.getByLabel("Verzekeraar of zorgkantoor")).toHaveValue("Andere verzekeraar");
  await page.getByRole("button", { name: "Concept opnieuw laden" }).click();
  // The editor is rebuilt from the fresh draft: wait for that before opening an item again.
  await expect(page.getByRole("button", { name: "Concept opnieuw laden" })).toHaveCount(0);
  await outline(page).getByRole("button", { name: "Algemene gegevens" }).click();
  await expect(form.getByLabel("Beleidsperiode")).toHaveValue("2027");

  await publish(page, 2);

  // The comparison lists what changed; the procedure date moved a year.
  await page.getByRole("link", { name: /Vergelijken met vorige/ }).first().click();
  await expect(page.locator('[data-diff="questions"] [data-change="added"][data-key="fte"]')).toBeVisible();
  await expect(page.locator('[data-diff="questions"] [data-change="removed"][data-key="plan"]')).toBeVisible();
  await expect(page.locator('[data-diff="conditions"] [data-change="added"][data-key="fte_min"]')).toBeVisible();
  await expect(page.locator('[data-diff="procedureDates"] [data-change="changed"][data-key="offer_deadline"]')).toContainText("3 juni 2031");

  // Version 1 stays as it was, read-only, and exports in the shipped format.
  await page.goto(`/admin/questionnaires/${CARE_TYPE}/versions/1`);
  await expect(page.locator('tr[data-condition="plan_given"]')).toBeVisible();
  const exported = await page.request.get(`/admin/questionnaires/${CARE_TYPE}/versions/1/export`);
  expect(exported.headers()["content-disposition"]).toContain(`${CARE_TYPE}-v1.json`);
  expect(await exported.json()).toEqual(questionnaireSchema.parse(questionnaire()));
});

test("a provider starting the questionnaire gets the new question and the condition in its checklist", async ({ page }) => {
  await registerOrganisation(page, "Zorggroep Nieuw");
  await startQuestionnaire(page);
  await openSection(page, /Algemeen/);
  await expect(question(page, "plan")).toHaveCount(0);
  await question(page, "fte").getByRole("textbox").fill("3");
  const condition = page.getByTestId("checklist").locator('[data-group="unmetContract"] [data-condition="fte_min"]');
  await expect(condition).toContainText("De aanbieder heeft ten minste 5 fte verpleegkundigen.");
  await expect(condition).toContainText("ten minste 5");
  await expectSaved(page);
});

test("a provider with a draft on the older version is offered the move and keeps its answers", async ({ page }) => {
  await login(page, providerA.email, providerA.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  const card = page.locator(`[data-care-type="${CARE_TYPE}"]`);
  await expect(card.getByTestId("newer-version")).toBeVisible();
  await card.getByRole("link", { name: /Verder invullen/ }).click();

  const banner = page.getByTestId("version-move");
  await expect(banner).toContainText("versie 2");
  await expect(banner.getByTestId("dropped-answers")).toContainText("Beschrijf uw plan: Ons plan voor 2026");
  await expect(banner.getByTestId("dropped-answers")).toContainText("vraag bestaat niet meer");
  await banner.getByRole("button", { name: "Overstappen naar versie 2" }).click();
  await banner.getByRole("button", { name: "Ja, overstappen" }).click();
  await expect(banner).toHaveCount(0);

  await expect(question(page, "contract_status").getByLabel("Ja, bestaande aanbieder")).toBeChecked();
  await openSection(page, /Algemeen/);
  await expect(question(page, "wtza").getByLabel("Ja")).toBeChecked();
  await expect(question(page, "beds").getByRole("textbox")).toHaveValue("12");
  await expect(question(page, "fte")).toBeVisible();
  await expect(question(page, "plan")).toHaveCount(0);
  await page.goto("/dashboard");
  await expect(card.getByTestId("newer-version")).toHaveCount(0);
});

test.describe("only administrators reach the questionnaire administration", () => {
  const pages = () => [
    "/admin/questionnaires",
    `/admin/questionnaires/${CARE_TYPE}`,
    `/admin/questionnaires/${CARE_TYPE}/draft`,
    `/admin/questionnaires/${CARE_TYPE}/versions/1`,
    `/admin/questionnaires/${CARE_TYPE}/compare?from=1&to=2`,
  ];

  for (const role of ["PROVIDER", "OFFICER"] as const) {
    test(`${role}: pages, export and import are refused`, async ({ page }) => {
      await loginAs(page, role);
      for (const url of pages()) {
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(403);
      }
      expect((await page.request.get(`/admin/questionnaires/${CARE_TYPE}/versions/1/export`)).status()).toBe(403);
      const upload = await page.request.post("/admin/questionnaires/import", {
        multipart: { file: json({ ...questionnaire(), careType: { key: `${CARE_TYPE}_x`, name: t("X") } }) },
      });
      expect(upload.status()).toBe(403);
    });
  }

  test("anonymous requests are sent to log in or refused", async ({ page }) => {
    await page.goto(`/admin/questionnaires/${CARE_TYPE}/draft`);
    await expect(page).toHaveURL(/\/login$/);
    expect((await page.request.get(`/admin/questionnaires/${CARE_TYPE}/versions/1/export`)).status()).toBe(401);
  });
});

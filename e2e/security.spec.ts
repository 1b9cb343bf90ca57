import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { MAX_EVIDENCE_BYTES } from "../lib/evidence/file-type";
import { login, loginAs, registerOrganisation } from "./helpers";

test("pages and routes carry the security headers, with a fresh script nonce per response", async ({ page, request }) => {
  const nonces = new Set<string>();
  for (const url of ["/login", "/register", "/api/auth/session"]) {
    const response = await request.get(url);
    const h = response.headers();
    const csp = h["content-security-policy"]!;
    expect(csp, url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["x-frame-options"]).toBe("DENY");
    nonces.add(csp.match(/nonce-([^']+)/)![1]!);
  }
  expect(nonces.size).toBe(3);

  // The app still works under the policy: no script was blocked on a full page.
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await loginAs(page, "PROVIDER");
  // Started or continued: other tests may have begun this questionnaire for the demo organisation.
  await page.getByRole("button", { name: /Vragenlijst starten — Zintuiglijk/ }).or(page.getByRole("link", { name: /— Zintuiglijk/ })).first().click();
  await expect(page.getByTestId("checklist")).toBeVisible();
  expect(violations).toEqual([]);
});

test("session cookies are http-only", async ({ page, context }) => {
  await loginAs(page, "OFFICER");
  const session = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
});

test("random and malicious bodies to the autosave route get an answer below 500: a validation message, never a server error", async ({ page }) => {
  const fc = (await import("fast-check")).default;
  await loginAs(page, "PROVIDER");
  await page.getByRole("button", { name: /Vragenlijst (starten|Verder invullen) — Eerstelijnsdiagnostiek/ }).or(page.getByRole("link", { name: /— Eerstelijnsdiagnostiek/ })).first().click();
  await expect(page).toHaveURL(/\/submissions\//);
  const id = page.url().split("/").pop()!;
  const body = fc.oneof(
    fc.anything(),
    fc.record({ value: fc.anything(), expectedVersion: fc.anything() }),
    fc.record({ value: fc.constantFrom("<script>alert(1)</script>", "'; DROP TABLE \"Answer\"; --", 1e308, -1, [], {}), expectedVersion: fc.integer({ min: 0, max: 3 }) }),
  );
  const statuses = new Set<number>();
  await fc.assert(
    fc.asyncProperty(body, fc.constantFrom("fte", "contract_status", "sub_types", "nope", "__proto__"), async (data, key) => {
      const response = await page.request.put(`/api/submissions/${id}/answers/${key}`, { data: JSON.stringify(data), headers: { "Content-Type": "application/json" } });
      statuses.add(response.status());
      expect(response.status(), JSON.stringify(data)).toBeLessThan(500);
    }),
    { numRuns: 60 },
  );
  expect([...statuses].every((s) => s < 500)).toBe(true);
});

/** A fresh organisation's GRZ submission: its id and an upload of a PDF of `size` bytes to it. */
async function evidenceUploader(page: Page, name: string) {
  await registerOrganisation(page, name);
  await page.getByRole("button", { name: /Vragenlijst starten — GRZ/ }).click();
  await expect(page).toHaveURL(/\/submissions\//);
  const id = page.url().split("/").pop()!;
  const pdf = (size: number) => Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(size - 15, 0x20), Buffer.from("\n%%EOF")]);
  return (size: number) =>
    page.request.post(`/api/submissions/${id}/evidence`, { multipart: { questionKey: "wtza_licence_file", file: { name: "wtza.pdf", mimeType: "application/pdf", buffer: pdf(size) } } });
}

test("an evidence download keeps its own sandbox policy, not the pages' policy", async ({ page }) => {
  const upload = await evidenceUploader(page, "Sandbox Zorg");
  const uploaded = await upload(1000);
  expect(uploaded.status()).toBe(201);
  const fileId = ((await uploaded.json()) as { file: { id: string } }).file.id;
  const download = await page.request.get(`/api/evidence/${fileId}`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-security-policy"]).toBe("default-src 'none'; sandbox");
});

test("an evidence file over 10 MB is refused with 413, not cut off into a broken form (400); one of exactly 10 MB is accepted", async ({ page }) => {
  test.setTimeout(90_000);
  const upload = await evidenceUploader(page, "Grote Bestanden");
  const tooLarge = await upload(MAX_EVIDENCE_BYTES + 1);
  expect(tooLarge.status()).toBe(413);
  expect(await tooLarge.json()).toEqual({ error: "tooLarge" });

  const largest = await upload(MAX_EVIDENCE_BYTES);
  expect(largest.status()).toBe(201);
  const fileId = ((await largest.json()) as { file: { id: string } }).file.id;
  expect((await (await page.request.get(`/api/evidence/${fileId}`)).body()).length).toBe(MAX_EVIDENCE_BYTES);
});

test("logging out ends that session on the server: its cookie replayed afterwards is refused, another device stays signed in", async ({ browser, page, context }) => {
  const { email, password } = await registerOrganisation(page, "Uitlog Zorg");
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await login(otherPage, email, password);
  await expect(otherPage).toHaveURL(/\/dashboard$/);

  const replay = async () => {
    const replayer = await browser.newContext();
    await replayer.addCookies([cookie]);
    const response = await replayer.request.get("/dashboard", { maxRedirects: 0 });
    await replayer.close();
    return response;
  };
  expect((await replay()).status()).toBe(200);

  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/login/);
  const refused = await replay();
  expect(refused.headers()["location"]).toMatch(/\/login/);

  expect((await otherPage.request.get("/dashboard", { maxRedirects: 0 })).status()).toBe(200);
  await other.close();
});

test("a data-changing request from another site is refused with 403 before it reaches the route; the same request from the portal works", async ({ page }) => {
  await registerOrganisation(page, "Kruis Site");
  await page.getByRole("button", { name: /Vragenlijst starten — GRZ/ }).click();
  await expect(page).toHaveURL(/\/submissions\//);
  const id = page.url().split("/").pop()!;
  const origin = new URL(page.url()).origin;
  const file = { name: "wtza.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") };
  const upload = (from: string) => page.request.post(`/api/submissions/${id}/evidence`, { headers: { Origin: from }, multipart: { questionKey: "wtza_licence_file", file } });

  const forged = await upload("https://evil.example");
  expect(forged.status()).toBe(403);
  expect(await forged.json()).toEqual({ error: "forbidden" });
  const own = await upload(origin);
  expect(own.status()).toBe(201);
  const fileId = ((await own.json()) as { file: { id: string } }).file.id;

  const save = (from: string) =>
    page.request.put(`/api/submissions/${id}/answers/contract_status`, { headers: { Origin: from, "Content-Type": "application/json" }, data: JSON.stringify({ value: "new", expectedVersion: 0 }) });
  expect((await save("https://evil.example")).status()).toBe(403);
  expect((await save("null")).status()).toBe(403);
  expect((await page.request.delete(`/api/evidence/${fileId}`, { headers: { Origin: "https://evil.example" } })).status()).toBe(403);
  expect((await page.request.get(`/api/evidence/${fileId}`)).status()).toBe(200);
  expect((await page.request.delete(`/api/evidence/${fileId}`, { headers: { Origin: origin } })).status()).toBe(204);
});

import { expect, test } from "@playwright/test";
import { loginAs } from "./helpers";

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
  await page.getByRole("button", { name: /Vragenlijst starten — Zintuiglijk/ }).click();
  await expect(page.getByTestId("checklist")).toBeVisible();
  expect(violations).toEqual([]);
});

test("session cookies are http-only", async ({ page, context }) => {
  await loginAs(page, "OFFICER");
  const session = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
});

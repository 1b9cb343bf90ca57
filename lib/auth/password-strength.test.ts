import { describe, expect, it } from "vitest";
import { generatePassword } from "@/lib/server/auth/password";
import { weakPassword } from "./password-strength";

describe("weakPassword", () => {
  it("refuses common and guessable passwords, Dutch ones included", () => {
    for (const p of ["wachtwoord12", "password1234", "welkom123456", "amsterdam2024", "qwertyuiop12"]) expect(weakPassword(p), p).toBe("validation.passwordWeak");
  });

  it("refuses a password made of the user's own name, e-mail or organisation", () => {
    expect(weakPassword("Bloemenhof-Zorg", ["Zorggroep Bloemenhof", "info@bloemenhof-zorg.nl"])).toBe("validation.passwordWeak");
    expect(weakPassword("Bloemenhof-Zorg")).toBeNull();
  });

  it("accepts passphrases of uncommon words and the demo passwords", () => {
    for (const p of ["Paars-Vlot-Ruimte-2026", "Aanbieder-demo-2026", "Inkoper-demo-2026", "Beheerder-demo-2026", "een-lang-wachtwoord"]) expect(weakPassword(p), p).toBeNull();
  });

  it("accepts the temporary passwords the portal generates (an administrator's reset or new user)", () => {
    for (let i = 0; i < 20; i++) expect(weakPassword(generatePassword())).toBeNull();
  });
});

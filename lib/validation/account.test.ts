import { describe, expect, it } from "vitest";
import { fieldErrors, registrationSchema } from "./account";

const valid = {
  organisationName: "Zorggroep",
  kvkNumber: "1234 5678",
  agbCode: "",
  region: "utrecht",
  name: "Anna",
  email: " Anna@Example.NL ",
  password: "een-lang-wachtwoord",
  passwordConfirm: "een-lang-wachtwoord",
};

describe("registrationSchema", () => {
  it("normalises KvK number and e-mail", () => {
    const r = registrationSchema.parse(valid);
    expect(r.kvkNumber).toBe("12345678");
    expect(r.email).toBe("anna@example.nl");
  });
  it("gives one message key per field", () => {
    const r = registrationSchema.safeParse({ ...valid, kvkNumber: "1234567", agbCode: "12", region: "mars", email: "x", passwordConfirm: "y" });
    expect(r.success).toBe(false);
    expect(fieldErrors(r.error!)).toEqual({
      kvkNumber: "validation.kvk",
      agbCode: "validation.agb",
      region: "validation.region",
      email: "validation.email",
      passwordConfirm: "validation.passwordMismatch",
    });
  });
});

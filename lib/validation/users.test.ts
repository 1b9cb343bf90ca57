import { describe, expect, it } from "vitest";
import { fieldErrors } from "./account";
import { changeOrganisationSchema, createUserSchema, userFiltersSchema } from "./users";
import { auditFiltersSchema } from "./audit";
import { cursorParam, pageParam, parseFilters, toQuery } from "./search-params";

const valid = { name: "Bram Jansen", email: " Bram@Example.NL ", role: "OFFICER", purchaserId: "p1", passwordMode: "generate", password: "" } as const;

describe("createUserSchema", () => {
  it("accepts a generated password and normalises the e-mail address", () => {
    const r = createUserSchema.parse(valid);
    expect(r.email).toBe("bram@example.nl");
  });
  it("needs a long enough password only when the administrator sets one", () => {
    expect(fieldErrors(createUserSchema.safeParse({ ...valid, passwordMode: "set", password: "kort" }).error!)).toEqual({ password: "validation.passwordTooShort" });
    expect(createUserSchema.safeParse({ ...valid, passwordMode: "set", password: "een-lang-wachtwoord" }).success).toBe(true);
  });
  it("reports every field at once, providers cannot be created here", () => {
    const r = createUserSchema.safeParse({ name: "", email: "x", role: "PROVIDER", purchaserId: "", passwordMode: "set", password: "" });
    expect(fieldErrors(r.error!)).toEqual({ name: "validation.required", email: "validation.email", role: "users.errors.role", password: "validation.passwordTooShort" });
  });
  it("needs a purchaser for an officer, none for a platform administrator", () => {
    expect(fieldErrors(createUserSchema.safeParse({ ...valid, purchaserId: "", name: "" }).error!)).toEqual({ name: "validation.required", purchaserId: "users.errors.purchaserRequired" });
    expect(createUserSchema.safeParse({ ...valid, role: "ADMIN", purchaserId: "" }).success).toBe(true);
  });
});

describe("changeOrganisationSchema", () => {
  it("needs an organisation", () => {
    const r = changeOrganisationSchema.safeParse({ userId: "u1", organisationId: "", signatory: false });
    expect(fieldErrors(r.error!)).toEqual({ organisationId: "users.errors.organisationRequired" });
  });
});

describe("auditFiltersSchema", () => {
  const empty = { q: "", action: "", from: "", to: "" };
  it("accepts an empty filter and a date range in order", () => {
    expect(auditFiltersSchema.safeParse(empty).success).toBe(true);
    expect(auditFiltersSchema.safeParse({ ...empty, action: "user", from: "2026-01-01", to: "2026-01-01" }).success).toBe(true);
  });
  it("refuses a range that ends before it starts, and impossible dates", () => {
    expect(fieldErrors(auditFiltersSchema.safeParse({ ...empty, from: "2026-02-01", to: "2026-01-31" }).error!)).toEqual({ to: "audit.errors.dateRange" });
    expect(fieldErrors(auditFiltersSchema.safeParse({ ...empty, from: "2026-02-30", to: "2026-01-31" }).error!)).toEqual({ from: "audit.errors.date" });
  });
});

describe("filters in the URL", () => {
  it("keeps valid fields and drops invalid ones", () => {
    expect(parseFilters(userFiltersSchema, { q: [" anna ", "x"], role: "KING", status: "inactive" })).toEqual({ q: "anna", role: "", status: "inactive" });
    expect(parseFilters(auditFiltersSchema, { from: "2026-01-05", to: "gisteren", action: "DROP TABLE" })).toEqual({ q: "", action: "", from: "2026-01-05", to: "" });
  });
  it("writes only the filters that are set", () => {
    expect(toQuery({ q: "jan", role: "", page: 2, before: 10n, after: null })).toBe("?q=jan&page=2&before=10");
    expect(toQuery({ q: "" })).toBe("");
  });
  it("reads page numbers and cursors defensively", () => {
    expect(pageParam({ page: "3" })).toBe(3);
    expect(pageParam({ page: "-1" })).toBe(1);
    expect(pageParam({ page: "1e9999" })).toBe(1);
    expect(cursorParam({ before: "123" }, "before")).toBe(123n);
    expect(cursorParam({ before: "1;drop" }, "before")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { can } from "./permissions";

const provider = { role: "PROVIDER" as const, organisationId: "org-a", signatory: false };
const signatory = { ...provider, signatory: true };
const officer = { role: "OFFICER" as const, organisationId: null, signatory: false };
const admin = { role: "ADMIN" as const, organisationId: null, signatory: false };

describe("can", () => {
  it("lets providers work on their own organisation's submissions only", () => {
    expect(can(provider, "update:submission:own", { organisationId: "org-a" })).toBe(true);
    expect(can(provider, "update:submission:own", { organisationId: "org-b" })).toBe(false);
    expect(can(provider, "update:submission:own")).toBe(false);
  });
  it("lets only an authorised signatory submit", () => {
    expect(can(provider, "submit:submission:own", { organisationId: "org-a" })).toBe(false);
    expect(can(signatory, "submit:submission:own", { organisationId: "org-a" })).toBe(true);
  });
  it("lets only a signatory invite colleagues to their own organisation", () => {
    expect(can(provider, "invite:colleague:own", { organisationId: "org-a" })).toBe(false);
    expect(can(signatory, "invite:colleague:own", { organisationId: "org-a" })).toBe(true);
    expect(can(signatory, "invite:colleague:own", { organisationId: "org-b" })).toBe(false);
  });
  it("keeps roles apart", () => {
    expect(can(provider, "review:submission:any")).toBe(false);
    expect(can(officer, "review:submission:any")).toBe(true);
    expect(can(officer, "update:questionnaire:any")).toBe(false);
    expect(can(admin, "update:questionnaire:any")).toBe(true);
    expect(can(admin, "review:submission:any")).toBe(false);
    expect(can(officer, "update:submission:own", { organisationId: "org-a" })).toBe(false);
  });
});

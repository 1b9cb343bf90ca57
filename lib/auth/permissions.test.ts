import { describe, expect, it } from "vitest";
import { can, inPurchaserScope } from "./permissions";

const provider = { role: "PROVIDER" as const, organisationId: "org-a", signatory: false, purchaserId: null };
const signatory = { ...provider, signatory: true };
const officer = { role: "OFFICER" as const, organisationId: null, signatory: false, purchaserId: "cz" };
const admin = { role: "ADMIN" as const, organisationId: null, signatory: false, purchaserId: null };

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

describe("inPurchaserScope", () => {
  it("keeps an officer to its own purchaser's questionnaires", () => {
    expect(inPurchaserScope(officer, "cz")).toBe(true);
    expect(inPurchaserScope(officer, "zilveren-kruis")).toBe(false);
  });
  it("gives an officer without a purchaser nothing", () => {
    expect(inPurchaserScope({ ...officer, purchaserId: null }, "cz")).toBe(false);
  });
  it("lets a platform administrator (no purchaser) see every purchaser", () => {
    expect(inPurchaserScope(admin, "cz")).toBe(true);
    expect(inPurchaserScope(admin, "zilveren-kruis")).toBe(true);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./db";
import { createVersion } from "@/lib/server/services/questionnaires";
import { organisationDashboard } from "@/lib/server/services/dashboard";
import { questionnaireSchema } from "@/lib/questionnaire/schema";
import { fixtureInput } from "@/lib/test/fixture";

const careTypeKey = `dashboard_${Date.now()}`;
const insurer = `Zorgkantoor Dashboard ${Date.now()}`;

beforeAll(async () => {
  const def = questionnaireSchema.parse({ ...fixtureInput, insurer, careType: { ...fixtureInput.careType, key: careTypeKey } });
  await db.$transaction((tx) => createVersion(tx, def, { status: "PUBLISHED" }), { timeout: 60_000 });
  await db.purchaser.update({ where: { name: insurer }, data: { regions: ["utrecht"] } });
});

describe("the provider dashboard", () => {
  it("names each questionnaire's purchaser and applies a zorgkantoor's only where the organisation works", async () => {
    const row = async (region: string) => {
      const organisation = await db.organisation.create({ data: { name: `Dashboard ${region}`, kvkNumber: String(10_000_000 + Math.floor(Math.random() * 89_999_999)), region } });
      return (await organisationDashboard(organisation.id)).find((r) => r.careType.key === careTypeKey)!;
    };
    const inRegion = await row("utrecht");
    expect(inRegion.purchaser).toMatchObject({ name: insurer, kind: "ZORGKANTOOR" });
    expect(inRegion.applies).toBe(true);
    expect((await row("zeeland")).applies).toBe(false);
  });
});

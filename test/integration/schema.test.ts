import { describe, expect, it } from "vitest";
import { db, fixturePurchaserId } from "./db";

describe("database guarantees", () => {
  it("keeps the audit log append-only", async () => {
    const entry = await db.auditLog.create({ data: { action: "test.append", entityType: "test" } });
    await expect(db.auditLog.update({ where: { id: entry.id }, data: { action: "changed" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe("test.append");
  });

  it("allows at most one draft version per questionnaire", async () => {
    const careType = await db.careType.create({ data: { key: `ct_${Date.now()}`, nameNl: "x", nameEn: "x" } });
    const q = await db.questionnaire.create({ data: { careTypeId: careType.id, purchaserId: await fixturePurchaserId() } });
    const base = { questionnaireId: q.id, definition: {}, title: {}, insurer: "x", policyPeriod: "x" };
    await db.questionnaireVersion.create({ data: { ...base, number: 1, status: "DRAFT" } });
    await expect(db.questionnaireVersion.create({ data: { ...base, number: 2, status: "DRAFT" } })).rejects.toThrow();
    await db.questionnaireVersion.create({ data: { ...base, number: 3, status: "PUBLISHED" } });
  });
});

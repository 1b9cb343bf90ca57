import { describe, expect, it } from "vitest";
import { groupByPurchaser, purchaserApplies, purchaserForInsurer, purchaserKey, SHIPPED_PURCHASERS } from "./purchasers";
import { REGION_KEYS } from "./regions";

describe("purchasers", () => {
  it("knows the shipped purchasers by the insurer names their policies use", () => {
    expect(purchaserForInsurer("CZ groep")).toMatchObject({ key: "cz", name: "CZ", kind: "HEALTH_INSURER" });
    expect(purchaserForInsurer(" Zilveren Kruis Zorgkantoor ")).toMatchObject({ key: "zilveren-kruis-zorgkantoor", kind: "ZORGKANTOOR" });
    expect(purchaserForInsurer("Zilveren Kruis")).toMatchObject({ key: "zilveren-kruis", kind: "HEALTH_INSURER" });
  });
  it("makes an unknown insurer a purchaser of its own, a zorgkantoor when its name says so", () => {
    expect(purchaserForInsurer("Zorgkantoor Noord")).toEqual({ key: "zorgkantoor-noord", name: "Zorgkantoor Noord", kind: "ZORGKANTOOR", regions: [] });
    expect(purchaserForInsurer("Menzis")).toMatchObject({ key: "menzis", kind: "HEALTH_INSURER" });
    expect(purchaserKey("Coöperatie VGZ U.A.")).toBe("cooperatie-vgz-u-a");
  });
  it("gives each zorgkantoor known regions", () => {
    for (const p of SHIPPED_PURCHASERS) for (const r of p.regions) expect(REGION_KEYS).toContain(r);
    expect(SHIPPED_PURCHASERS.find((p) => p.kind === "ZORGKANTOOR")!.regions).toHaveLength(11);
  });
  it("applies an insurer's questionnaire everywhere and a zorgkantoor's only in its regions", () => {
    const insurer = { kind: "HEALTH_INSURER" as const, regions: [] };
    const office = { kind: "ZORGKANTOOR" as const, regions: ["utrecht", "amsterdam"] };
    expect(purchaserApplies(insurer, ["zeeland"])).toBe(true);
    expect(purchaserApplies(office, ["zeeland"])).toBe(false);
    expect(purchaserApplies(office, ["zeeland", "utrecht"])).toBe(true);
  });
  it("groups rows by purchaser in first-seen order", () => {
    const rows = [{ purchaser: { key: "a" }, n: 1 }, { purchaser: { key: "b" }, n: 2 }, { purchaser: { key: "a" }, n: 3 }];
    expect(groupByPurchaser(rows).map((g) => [g.purchaser.key, g.rows.map((r) => r.n)])).toEqual([["a", [1, 3]], ["b", [2]]]);
  });
});

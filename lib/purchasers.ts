/**
 * Purchasers (inkopers): a health insurer buys nationwide (its core regions can change the terms), a
 * zorgkantoor buys for the Wlz regions it serves. Pure: the seed and the questionnaire loader use it.
 */
import type { RegionKey } from "./regions";

export const PURCHASER_KINDS = ["HEALTH_INSURER", "ZORGKANTOOR"] as const;
export type PurchaserKind = (typeof PURCHASER_KINDS)[number];

export interface PurchaserSeed {
  key: string;
  name: string;
  kind: PurchaserKind;
  regions: readonly RegionKey[];
  /** The names its policies give as insurer (a questionnaire's `insurer`). */
  insurerNames: readonly string[];
}

/** The purchasers of the shipped questionnaires. */
export const SHIPPED_PURCHASERS: readonly PurchaserSeed[] = [
  { key: "zilveren-kruis", name: "Zilveren Kruis", kind: "HEALTH_INSURER", regions: [], insurerNames: ["Zilveren Kruis"] },
  {
    key: "zilveren-kruis-zorgkantoor",
    name: "Zilveren Kruis Zorgkantoor",
    kind: "ZORGKANTOOR",
    // The eleven Wlz regions the Wlz GGZ policy names as Zilveren Kruis Zorgkantoor's.
    regions: [
      "amstelland_meerlanden",
      "amsterdam",
      "apeldoorn_zutphen",
      "flevoland",
      "kennemerland",
      "midden_holland",
      "noord_holland_noord",
      "utrecht",
      "zaanstreek_waterland",
      "zuid_hollandse_eilanden",
      "zwolle",
    ],
    insurerNames: ["Zilveren Kruis Zorgkantoor"],
  },
  { key: "cz", name: "CZ", kind: "HEALTH_INSURER", regions: [], insurerNames: ["CZ", "CZ groep"] },
];

/** A stable key from a name: "Zilveren Kruis Zorgkantoor" -> "zilveren-kruis-zorgkantoor". */
export function purchaserKey(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The purchaser a questionnaire belongs to, from the insurer its policy names: a known purchaser by
 * any of its names, otherwise a new one of that name (a zorgkantoor when the name says so). The
 * migration applies the same rule to existing questionnaires.
 */
export function purchaserForInsurer(insurer: string): Omit<PurchaserSeed, "insurerNames"> {
  const name = insurer.trim();
  const known = SHIPPED_PURCHASERS.find((p) => p.insurerNames.some((n) => n.toLowerCase() === name.toLowerCase()));
  if (known) return { key: known.key, name: known.name, kind: known.kind, regions: known.regions };
  return { key: purchaserKey(name), name, kind: /zorgkantoor/i.test(name) ? "ZORGKANTOOR" : "HEALTH_INSURER", regions: [] };
}

/**
 * Whether a purchaser's questionnaire is for an organisation working in `regions`: a health insurer
 * buys nationwide, a zorgkantoor only where it serves one of the organisation's regions.
 */
export function purchaserApplies(purchaser: { kind: PurchaserKind; regions: readonly string[] }, regions: readonly string[]): boolean {
  return purchaser.kind === "HEALTH_INSURER" || regions.some((r) => purchaser.regions.includes(r));
}

export interface PurchaserGroup<T extends { purchaser: { key: string } }> {
  purchaser: T["purchaser"];
  rows: T[];
}

/** Rows grouped by purchaser, in first-seen order: the dashboard's sections. */
export function groupByPurchaser<T extends { purchaser: { key: string } }>(rows: readonly T[]): PurchaserGroup<T>[] {
  const groups = new Map<string, PurchaserGroup<T>>();
  for (const row of rows) {
    const group: PurchaserGroup<T> = groups.get(row.purchaser.key) ?? { purchaser: row.purchaser, rows: [] };
    group.rows.push(row);
    groups.set(row.purchaser.key, group);
  }
  return [...groups.values()];
}

/** Integration tests run against the fresh database scripts/test.ts made for this run. */
import { db } from "@/lib/server/db";
import { purchaserForInsurer } from "@/lib/purchasers";
import { fixtureInput } from "@/lib/test/fixture";

if (!process.env.DATABASE_URL) throw new Error("Run integration tests with `npm test -- integration`.");

export { db };

let counter = 0;
/** Unique e-mail and KvK per call, so tests never depend on each other's rows. */
export function unique() {
  counter += 1;
  const n = `${Date.now() % 1_000_000}${counter}`.slice(-7);
  return { email: `user-${n}-${counter}@example.nl`, kvk: `1${n.padStart(7, "0")}` };
}

/** The purchaser of the test fixture's questionnaires (the insurer it names), as createVersion makes it. */
export async function fixturePurchaserId(): Promise<string> {
  const p = purchaserForInsurer(fixtureInput.insurer);
  const purchaser = await db.purchaser.upsert({ where: { key: p.key }, update: {}, create: { key: p.key, name: p.name, kind: p.kind } });
  return purchaser.id;
}

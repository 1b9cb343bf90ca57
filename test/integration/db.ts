/** Integration tests run against the fresh database scripts/test.ts made for this run. */
import { db } from "@/lib/server/db";

if (!process.env.DATABASE_URL) throw new Error("Run integration tests with `npm test -- integration`.");

export { db };

let counter = 0;
/** Unique e-mail and KvK per call, so tests never depend on each other's rows. */
export function unique() {
  counter += 1;
  const n = `${Date.now() % 1_000_000}${counter}`.slice(-7);
  return { email: `user-${n}-${counter}@example.nl`, kvk: `1${n.padStart(7, "0")}` };
}

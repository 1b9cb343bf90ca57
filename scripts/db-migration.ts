/**
 * Authors a migration from the schema change: diffs the committed prisma/schema.prisma (or --from REV)
 * against the working copy and writes prisma/migrations/<timestamp>_<name>/migration.sql.
 * `prisma migrate dev` cannot be used here (it introspects a live database, which the JS engine
 * cannot). Usage: npm run db:migration -- <name> [--from REV]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const args = process.argv.slice(2);
const fromIndex = args.indexOf("--from");
const rev = fromIndex >= 0 ? args[fromIndex + 1] : "HEAD";
const name = args.find((a, i) => !a.startsWith("--") && (fromIndex < 0 || i !== fromIndex + 1));
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name_in_snake_case> [--from REV]");
  process.exit(2);
}

let previous: string | null = null;
try {
  previous = execFileSync("git", ["show", `${rev}:prisma/schema.prisma`], { encoding: "utf8" });
} catch {
  console.log(`No prisma/schema.prisma at ${rev}: diffing from an empty database.`);
}
const from = previous
  ? ["--from-schema-datamodel", path.join(mkdtempSync(path.join(tmpdir(), "schema-")), "schema.prisma")]
  : ["--from-empty"];
if (previous) writeFileSync(from[1]!, previous);

const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8", env: { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/postgres", ...process.env } },
);
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("The schema has not changed: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${dir}/migration.sql — review it, then apply with npm run db:deploy.`);

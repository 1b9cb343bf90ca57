import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { connectionFields } from "./lib/db-url";

// Prisma runs without native engines here (see README, "Database"): the query side and migrations
// go through the pg driver adapter. Discrete fields, not a URL, so the shadow pool is not the main DB.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  async adapter() {
    return new PrismaPg(connectionFields(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres"));
  },
});

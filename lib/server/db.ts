import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { connectionFields } from "@/lib/db-url";
import { env } from "@/lib/env";

function createClient(): PrismaClient {
  const url = env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start the portal with `npm start`, which provides one.");
  return new PrismaClient({
    adapter: new PrismaPg({
      ...connectionFields(url),
      max: env.DATABASE_POOL_SIZE,
      // Fail fast rather than hang a request while the database restarts.
      connectionTimeoutMillis: 5_000,
    }),
  });
}

/** The one database client of this process, made on first use (so `next build` needs no database). */
const holder = globalThis as unknown as { prisma?: PrismaClient };
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    holder.prisma ??= createClient();
    const value = Reflect.get(holder.prisma, property);
    return typeof value === "function" ? value.bind(holder.prisma) : value;
  },
});

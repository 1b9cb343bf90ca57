import { env } from "@/lib/env";

/** Settings a production instance cannot run without; checked once at server start. */
export function checkProductionSettings(): void {
  if (!env.isProduction || env.NEXT_PHASE === "phase-production-build") return;
  const missing = (["NEXTAUTH_SECRET", "DATABASE_URL"] as const).filter((name) => !env[name]);
  if (missing.length) {
    console.error(
      `${missing.join(" and ")} not set. The portal refuses to start in production without ${missing.length > 1 ? "them" : "it"}. ` +
        "NEXTAUTH_SECRET: a long random value (e.g. `openssl rand -base64 32`), the same on every instance. " +
        "DATABASE_URL: postgresql://user:password@host:5432/database. `npm start` sets both for the demo.",
    );
    process.exit(1);
  }
}

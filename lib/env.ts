/**
 * The portal's settings: the one module that reads process.env (lint enforces it), once, validated
 * with zod. The README's Settings table documents them. Nothing here is required at build time or
 * in tests; a production server refuses to start without NEXTAUTH_SECRET and DATABASE_URL
 * (lib/server/startup.ts). Not `server-only`: the seed and the questionnaire checks use it too.
 */
import { z } from "zod";

/** An unset variable and an empty one mean the same: use the default. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
const positiveInt = z.coerce.number().int().positive();

const schema = z.object({
  NODE_ENV: optional(z.enum(["development", "production", "test"])).transform((v) => v ?? "development"),
  /** Set by `next build` while it prerenders. */
  NEXT_PHASE: optional(z.string()),
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, "a postgresql:// URL")),
  DATABASE_POOL_SIZE: optional(positiveInt).transform((v) => v ?? 10),
  NEXTAUTH_SECRET: optional(z.string()),
  NEXTAUTH_URL: optional(z.url({ protocol: /^https?$/ })),
  PORT: optional(positiveInt).transform((v) => v ?? 3000),
  LOGIN_LIMIT_PER_ADDRESS: optional(positiveInt).transform((v) => v ?? 30),
  /** The folder with the policy documents; its default lives with the code that reads it (lib/questionnaire/files.ts). */
  POLICY_SEEDS_DIR: optional(z.string()),
});

export type Settings = z.output<typeof schema> & {
  /** The public address: NEXTAUTH_URL, else this machine's port. The one fallback rule. */
  publicUrl: string;
  isProduction: boolean;
};

/** The address of a portal on this machine: the fallback for NEXTAUTH_URL, also used by `npm start`. */
export const localUrl = (port: number | string) => `http://localhost:${port}`;

/** Parses a set of variables; throws one message naming every wrong one. */
export function parseSettings(vars: Record<string, string | undefined>): Settings {
  const parsed = schema.safeParse(vars);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid settings (see the README's Settings table): ${problems}`);
  }
  const s = parsed.data;
  return { ...s, publicUrl: (s.NEXTAUTH_URL ?? localUrl(s.PORT)).replace(/\/$/, ""), isProduction: s.NODE_ENV === "production" };
}

export const env: Settings = parseSettings(process.env);

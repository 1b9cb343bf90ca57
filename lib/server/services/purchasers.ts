import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { db } from "../db";

/** The purchasers, for the platform administrator who gives officers theirs. */
export async function listPurchasers(actor: Actor) {
  if (!can(actor, "manage:user:any")) throw new AppError("forbidden");
  return db.purchaser.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } });
}

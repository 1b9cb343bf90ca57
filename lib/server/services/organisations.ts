import "server-only";
import { db } from "../db";

export function getOrganisation(id: string) {
  return db.organisation.findUnique({ where: { id } });
}

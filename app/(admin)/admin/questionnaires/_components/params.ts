import { notFound } from "next/navigation";
import { keySchema } from "@/lib/questionnaire/schema";

/** The care type key of the URL, or a 404 for anything that cannot be one. */
export function careTypeParam(value: string): string {
  const key = keySchema.safeParse(value);
  if (!key.success) notFound();
  return key.data;
}

/** A version number from the URL or a query string, or null. */
export function versionNumber(value: string | string[] | undefined): number | null {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 ? n : null;
}

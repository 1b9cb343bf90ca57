"use client";
import { useTranslations } from "next-intl";

/**
 * The form layer's half of the validation convention (see lib/validation/account.ts): a zod issue's
 * or a server field error's message is a full message key; this turns it into the reader's words.
 */
export function useValidationMessage() {
  const t = useTranslations();
  return (key: unknown, values?: Record<string, string | number>): string | undefined =>
    typeof key === "string" && key ? t(key, values) : undefined;
}

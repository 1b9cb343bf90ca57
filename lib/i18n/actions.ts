"use server";
import { cookies } from "next/headers";
import { formField } from "@/lib/validation/form-data";
import { LOCALE_COOKIE, toLocale } from "./locale";

/** Switching language needs no account: it only sets the visitor's own cookie. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const value = formField(formData, "locale");
  const locale = toLocale(typeof value === "string" ? value : "");
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
}

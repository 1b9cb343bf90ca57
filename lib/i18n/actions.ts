"use server";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "./config";

/** Switching language needs no account: it only sets the visitor's own cookie. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = toLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
}

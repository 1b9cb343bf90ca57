import type { Locale } from "@/lib/i18n/locale";

// useLocale() and getLocale() return our Locale, so no page casts the string.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
  }
}

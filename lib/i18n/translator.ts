/**
 * A translator outside a request (PDF, calendar, seed, tests): `createTranslator` over the same
 * message files the pages use. Inside pages and server actions use `getTranslations`/`useTranslations`.
 */
// use-intl's core (what next-intl builds on) rather than "next-intl": under the react-server
// condition (the seed, Next's server) the latter pulls in React client code.
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import type { Locale } from "./locale";
import type { Translate } from "./message";

const MESSAGES = { nl, en } satisfies Record<Locale, unknown>;

export function translatorFor(locale: Locale): Translate {
  // Keys are checked by the message-file tests, not by the compiler.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped keys, as in useTranslations()
  const t = createTranslator<Record<string, any>>({ locale, messages: MESSAGES[locale], timeZone: "Europe/Amsterdam" });
  return (key, values) => t(key, values);
}

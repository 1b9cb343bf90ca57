/**
 * A sentence to show, as a message key with its values, for pure modules (the checklist engine)
 * that must not pick words themselves. The page, PDF or export renders it in the reader's language
 * with `renderMessage`. Pure: no framework imports; the translator is handed in.
 */
import type { Locale } from "./locale";

/** A value inside a message: plain, a text from the questionnaire in both languages, another message, or a list. */
export type MessageValue = string | number | { nl: string; en: string } | Message | readonly MessageValue[];

export interface Message<K extends string = string> {
  key: K;
  values?: Record<string, MessageValue>;
}

/** next-intl's `t` (from useTranslations(), getTranslations() or createTranslator()) at the root namespace. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

function renderValue(value: MessageValue, t: Translate, locale: Locale): string | number {
  if (typeof value === "string" || typeof value === "number") return value;
  if (Array.isArray(value)) return value.map((v) => renderValue(v, t, locale)).join(", ");
  if ("key" in value) return renderMessage(value as Message, t, locale);
  return (value as { nl: string; en: string })[locale];
}

export function renderMessage(message: Message, t: Translate, locale: Locale): string {
  const values = Object.fromEntries(Object.entries(message.values ?? {}).map(([k, v]) => [k, renderValue(v, t, locale)]));
  return t(message.key, values);
}

/** Several messages as one paragraph. */
export function renderMessages(messages: readonly Message[], t: Translate, locale: Locale): string {
  return messages.map((m) => renderMessage(m, t, locale)).join(" ");
}

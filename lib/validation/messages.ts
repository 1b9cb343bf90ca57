/**
 * Zod messages are i18n keys. The shared ones ("required", "email") live under `validation`; a
 * feature's own are written in full ("users.errors.role"), so one lookup serves both.
 */
export function messageKey(key: string): string {
  return key.includes(".") ? key : `validation.${key}`;
}

/**
 * Server actions bound to <form action> receive FormData, but anyone can call them with anything:
 * read fields through this so a hostile call is a validation failure, never a crash.
 */
export function formField(form: unknown, name: string): unknown {
  return form instanceof FormData ? form.get(name) : undefined;
}

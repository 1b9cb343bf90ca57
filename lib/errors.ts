/**
 * The one error vocabulary of the services: an AppError has a kind, and each kind has one HTTP
 * status and one message key (under `errors.*` in messages/*.json). Services throw it; route
 * handlers (lib/server/http.ts), server actions (lib/server/actions.ts) and pages turn it into a
 * response in one helper each. Expected outcomes that carry data (a stale revision with who changed
 * it, a list of missing answers) stay results, not errors. Pure.
 */

export const APP_ERROR_STATUS = {
  /** Not signed in. */
  unauthenticated: 401,
  /** Unknown, or not visible to this user (no hint that it exists). */
  notFound: 404,
  /** Visible, but this user may not do this. */
  forbidden: 403,
  /** Someone else changed it first. */
  conflict: 409,
  /** Its status no longer allows changes (e.g. a submission that was submitted). */
  notEditable: 409,
  /** The input is not acceptable. */
  invalid: 400,
  tooLarge: 413,
  rateLimited: 429,
} as const;

export type AppErrorKind = keyof typeof APP_ERROR_STATUS;

export class AppError extends Error {
  readonly kind: AppErrorKind;

  constructor(kind: AppErrorKind, options?: { cause?: unknown }) {
    super(kind, options);
    this.name = "AppError";
    this.kind = kind;
  }

  get status(): number {
    return APP_ERROR_STATUS[this.kind];
  }

  /** The message key under which messages/*.json words this kind for the user. */
  get messageKey(): `errors.${AppErrorKind}` {
    return `errors.${this.kind}`;
  }
}

/** Whether `e` is an AppError (of one of `kinds`, when given). */
export function isAppError(e: unknown, ...kinds: AppErrorKind[]): e is AppError {
  return e instanceof AppError && (kinds.length === 0 || kinds.includes(e.kind));
}

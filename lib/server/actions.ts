import "server-only";
import { forbidden, notFound, unauthorized } from "next/navigation";
import { AppError, type AppErrorKind } from "@/lib/errors";

/**
 * Server actions: the one place where an AppError from a service becomes the action's answer.
 * `refusals` gives, per expected kind, what the action returns instead (in the action's own shape);
 * any other error is a real failure and propagates.
 */
export async function refuseAppError<T, R>(run: () => Promise<T>, refusals: Partial<Record<AppErrorKind, R>>): Promise<T | R> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof AppError && Object.hasOwn(refusals, e.kind)) return refusals[e.kind]!;
    throw e;
  }
}

/**
 * Server actions whose refusals the caller cannot act on (a non-signatory inviting a colleague): the
 * refusal becomes the action's HTTP status (401, 403, 404) instead of a server error.
 */
export async function orRefusal<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof AppError && e.kind === "unauthenticated") unauthorized();
    if (e instanceof AppError && e.kind === "forbidden") forbidden();
    if (e instanceof AppError && e.kind === "notFound") notFound();
    throw e;
  }
}

import { isAppError, type AppErrorKind } from "@/lib/errors";

/** `await expect(call()).rejects.toSatisfy(appError("notFound"))`: an AppError of exactly that kind. */
export const appError = (kind: AppErrorKind) => (e: unknown) => isAppError(e, kind);

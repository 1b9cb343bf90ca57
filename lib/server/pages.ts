import "server-only";
import { forbidden, notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** Pages: an AppError from a service becomes Next's 404 or 403 page; anything else propagates. */
export async function orErrorPage<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (e) {
    if (e instanceof AppError && e.kind === "forbidden") forbidden();
    if (e instanceof AppError) notFound();
    throw e;
  }
}

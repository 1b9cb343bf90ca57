import "server-only";
import { NextResponse } from "next/server";
import { getCurrentUser, type CurrentUser } from "./auth/session";
import { ForbiddenError, NotEditableError, NotFoundError } from "./services/submissions";

export function json(body: unknown, status = 200) {
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * Route handlers: the session is checked here, every time, and domain errors become status codes.
 * Handlers answer in JSON with an error code the browser translates.
 */
export function withUser<C>(handler: (user: CurrentUser, request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    const user = await getCurrentUser();
    if (!user) return json({ error: "unauthenticated" }, 401);
    try {
      return await handler(user, request, context);
    } catch (e) {
      if (e instanceof NotFoundError) return json({ error: "notFound" }, 404);
      if (e instanceof ForbiddenError) return json({ error: "forbidden" }, 403);
      if (e instanceof NotEditableError) return json({ error: "notEditable" }, 409);
      throw e;
    }
  };
}

/** Reads a JSON body, or null when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return null;
  }
}

import "server-only";
import { NextResponse } from "next/server";
import { AppError, type AppErrorKind } from "@/lib/errors";
import { getCurrentUser, type CurrentUser } from "./auth/session";

export function json(body: unknown, status = 200) {
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/** An error of the app's vocabulary as the JSON answer of a route handler: the kind is the code the browser translates. */
export function errorResponse(error: AppError | AppErrorKind): Response {
  const e = typeof error === "string" ? new AppError(error) : error;
  return json({ error: e.kind }, e.status);
}

/**
 * Route handlers: the session is checked here, every time, and an AppError becomes its status code
 * (the one place that translates them for routes). Anything else is a real failure.
 */
export function withUser<C>(handler: (user: CurrentUser, request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    const user = await getCurrentUser();
    if (!user) return errorResponse("unauthenticated");
    try {
      return await handler(user, request, context);
    } catch (e) {
      if (e instanceof AppError) return errorResponse(e);
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

/** Reads the body, giving up as soon as it grows past `limit` (a missing or lying Content-Length included). */
async function readBodyLimited(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.length;
  }
  return body;
}

/** A multipart/form-data body of at most `limit` bytes: the form, or the error response to send instead. */
export async function readMultipart(request: Request, limit: number): Promise<{ form: FormData } | { error: Response }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return { error: errorResponse("tooLarge") };
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) return { error: errorResponse("invalid") };
  const body = await readBodyLimited(request, limit);
  if (!body) return { error: errorResponse("tooLarge") };
  try {
    return { form: await new Response(body, { headers: { "content-type": contentType } }).formData() };
  } catch {
    return { error: errorResponse("invalid") };
  }
}

import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security/headers";
import { isCrossSiteWrite } from "@/lib/security/origin";

const publicOrigin = new URL(env.publicUrl).origin;

/**
 * Runs before every request: refuses a data-changing request from another site (403, the one place
 * for every route handler and server action), makes a fresh CSP nonce, passed to Next (which puts it
 * on its own scripts) through the request's Content-Security-Policy header, and sets the security
 * headers on the response.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const development = env.NODE_ENV === "development";
  const headers = securityHeaders(nonce, { development, pathname: request.nextUrl.pathname });
  const crossSite = isCrossSiteWrite({ method: request.method, origin: request.headers.get("origin"), host: request.headers.get("host"), publicOrigin });
  // The body routes answer with for a forbidden request (errorResponse in lib/server/http.ts).
  const response = crossSite
    ? NextResponse.json({ error: "forbidden" }, { status: 403, headers: { "Cache-Control": "no-store" } })
    : NextResponse.next({ request: { headers: withNonce(request.headers, nonce, development) } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function withNonce(incoming: Headers, nonce: string, development: boolean): Headers {
  const requestHeaders = new Headers(incoming);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", contentSecurityPolicy(nonce, { development }));
  return requestHeaders;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};

import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security/headers";

/**
 * Runs before every request: a fresh CSP nonce, passed to Next (which puts it on its own scripts)
 * through the request's Content-Security-Policy header, and the security headers on the response.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const headers = securityHeaders(nonce, { development: env.NODE_ENV === "development", pathname: request.nextUrl.pathname });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", contentSecurityPolicy(nonce, { development: env.NODE_ENV === "development" }));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};

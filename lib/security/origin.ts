/**
 * Cross-site request forgery, the second line behind SameSite=Lax cookies: a request that may change
 * data (anything but GET, HEAD, OPTIONS) from a page of another site is refused. Browsers send
 * `Origin` with every such request; a request without one is not from a browser's cross-site form or
 * fetch and is let through (the session cookie still decides who it is). Pure.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface OriginCheck {
  method: string;
  /** The `Origin` request header. */
  origin: string | null;
  /** The `Host` request header: the address the browser used to reach this server. */
  host: string | null;
  /** The portal's public origin (NEXTAUTH_URL), for when a reverse proxy rewrites Host. */
  publicOrigin: string;
}

export function isCrossSiteWrite({ method, origin, host, publicOrigin }: OriginCheck): boolean {
  if (SAFE_METHODS.has(method.toUpperCase()) || origin === null) return false;
  if (origin === publicOrigin) return false;
  try {
    const url = new URL(origin);
    return !(host !== null && (url.protocol === "http:" || url.protocol === "https:") && url.host === host.toLowerCase());
  } catch {
    // "null" (a sandboxed frame, a data: URL) and anything else that is no origin.
    return true;
  }
}

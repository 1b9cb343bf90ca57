/**
 * The security headers of every response. Scripts run only with this request's nonce (no
 * 'unsafe-inline' scripts); styles allow inline style attributes, which React sets for e.g. progress bars.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Uploaded documents are served as they were uploaded: nothing in them may run or load anything, even
 * when opened directly. The proxy's headers replace a route's own, so it sends this policy for them.
 */
export const DOWNLOAD_POLICY = "default-src 'none'; sandbox";
const DOWNLOAD_PATH = /^\/api\/evidence\/[^/]+$/;

export function securityHeaders(nonce: string, options?: { development?: boolean; pathname?: string }): Record<string, string> {
  const download = options?.pathname !== undefined && DOWNLOAD_PATH.test(options.pathname);
  return {
    "Content-Security-Policy": download ? DOWNLOAD_POLICY : contentSecurityPolicy(nonce, options),
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  };
}

/** 128 random bits, base64: a fresh one for every request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

import "server-only";

/** The client's address: the first X-Forwarded-For hop set by our load balancer, else "unknown". */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const get = (name: string) =>
    headers instanceof Headers ? headers.get(name) : ([headers[name]].flat()[0] ?? null);
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || get("x-real-ip") || "unknown";
}

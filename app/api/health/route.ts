/** Liveness for load balancers: answers without touching the database or the session. */
export function GET() {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}

import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { csvChunks } from "@/lib/csv";
import { formatInstantInNL, todayInNL } from "@/lib/dates";
import { errorResponse, withUser } from "@/lib/server/http";
import { auditLogBatches } from "@/lib/server/services/audit-log";
import { auditFiltersSchema } from "@/lib/validation/audit";
import { parseFilters } from "@/lib/validation/search-params";

/** The filtered audit log as a CSV download, streamed in batches so a long log never sits in memory. */
export const GET = withUser(async (user, request) => {
  if (!can(user, "read:audit:any")) return errorResponse("forbidden");
  const filters = parseFilters(auditFiltersSchema, Object.fromEntries(new URL(request.url).searchParams));
  const t = await getTranslations("audit.csv");
  const header = [t("at"), t("action"), t("actor"), t("entityType"), t("entityId"), t("organisation"), t("ip"), t("details")];
  async function* rows() {
    for await (const batch of auditLogBatches(user, filters)) {
      yield batch.map((r) => [
        formatInstantInNL(r.at),
        r.action,
        r.actorEmail,
        r.entityType,
        r.entityId,
        r.organisationId,
        r.ip,
        r.details === null ? "" : JSON.stringify(r.details),
      ]);
    }
  }
  const encoder = new TextEncoder();
  const chunks = csvChunks(header, rows());
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    // The browser gave up: stop reading the log.
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="auditlog-${todayInNL()}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});

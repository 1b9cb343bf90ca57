import { withUser } from "@/lib/server/http";
import { allQueueRows } from "@/lib/server/services/review";
import { queueCsv, type QueueRow } from "@/lib/review/export";
import { parseQueueQuery } from "@/lib/review/queue";
import { csvLabels, csvResponse } from "./csv-response";

/** The queue as CSV with the same filters and order as on screen, every page. */
export const GET = withUser(async (user, request) => {
  const url = new URL(request.url);
  const { query } = parseQueueQuery(Object.fromEntries(url.searchParams));
  const rows: QueueRow[] = [];
  for await (const row of allQueueRows(user, query)) rows.push(row);
  const { locale, labels, fileName } = await csvLabels();
  return csvResponse(queueCsv(rows, labels, locale), fileName("queueFile"));
});

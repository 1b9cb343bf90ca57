import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locale";
import { withUser } from "@/lib/server/http";
import { icsFileName, submissionExportData, submissionIcs } from "@/lib/server/services/exports";

/** The host part of event UIDs: the public address, so every instance gives the same UIDs. */
const uidHost = () => new URL(env.publicUrl).hostname;

/** The submission's applicable procedure dates (past and upcoming) as an iCalendar download. */
export const GET = withUser<{ params: Promise<{ id: string }> }>(async (user, _request, { params }) => {
  const { id } = await params;
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const data = await submissionExportData(user, id);
  return new Response(submissionIcs(data, locale, uidHost()), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${icsFileName(data)}"`,
      "Cache-Control": "no-store",
    },
  });
});

import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locale";
import { withUser } from "@/lib/server/http";
import { icsFileName, submissionExportData, submissionIcs } from "@/lib/server/services/exports";

/** The host part of event UIDs: the public address when configured, so every instance gives the same UIDs. */
function uidHost(request: Request): string {
  try {
    return new URL(process.env.NEXTAUTH_URL || request.url).hostname || "zorginkoop";
  } catch {
    return "zorginkoop";
  }
}

/** The submission's applicable procedure dates (past and upcoming) as an iCalendar download. */
export const GET = withUser<{ params: Promise<{ id: string }> }>(async (user, request, { params }) => {
  const { id } = await params;
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const data = await submissionExportData(user, id);
  return new Response(submissionIcs(data, locale, uidHost(request)), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${icsFileName(data)}"`,
      "Cache-Control": "no-store",
    },
  });
});

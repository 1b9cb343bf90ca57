import "server-only";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { todayInNL } from "@/lib/dates";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locale";
import { ANSWER_COLUMNS, QUEUE_COLUMNS, type CsvLabels } from "@/lib/review/export";
import { OFFICER_STATUSES, VERDICTS } from "@/lib/review/workflow";

/** The exports speak the officer's language: column headers, statuses and verdicts translated. */
export async function csvLabels() {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const t = await getTranslations({ locale });
  const labels: CsvLabels = {
    columns: Object.fromEntries([...QUEUE_COLUMNS, ...ANSWER_COLUMNS].map((c) => [c, t(`review.csv.${c}`)])) as CsvLabels["columns"],
    status: Object.fromEntries(OFFICER_STATUSES.map((s) => [s, t(`status.${s}`)])) as CsvLabels["status"],
    verdict: Object.fromEntries(VERDICTS.map((v) => [v, t(`review.submission.${v}`)])) as CsvLabels["verdict"],
  };
  return { locale, labels, fileName: (kind: "queueFile" | "answersFile") => `${t(`review.csv.${kind}`)}-${todayInNL()}.csv` };
}

export function csvResponse(csv: string, fileName: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

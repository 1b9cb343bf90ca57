import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { careTypeOverview } from "@/lib/server/services/review";
import { queueSearch, DEFAULT_QUEUE_QUERY } from "@/lib/review/queue";
import { OFFICER_STATUSES } from "@/lib/review/workflow";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

const CHART_ROWS = 10;

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("read:report:any", undefined, "page");
  const { careType } = await searchParams;
  const [overview, t, lang, format] = await Promise.all([
    careTypeOverview(user, typeof careType === "string" ? careType : null),
    getTranslations(),
    getLocale(),
    getFormatter(),
  ]);
  const selected = overview.careTypes.find((c) => c.key === overview.selected);
  const selectedName = selected?.name[lang] ?? "";
  const chart = overview.conditions.filter((c) => c.notMet > 0).slice(0, CHART_ROWS);
  const maxNotMet = Math.max(1, ...chart.map((c) => c.notMet));
  const share = (count: number, total: number) => format.number(total ? count / total : 0, { style: "percent", maximumFractionDigits: 0 });
  const cell = "px-3 py-2";

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t("review.overview.title")}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t("review.overview.intro")}</p>
      </div>

      <section aria-labelledby="by-status" className="space-y-2">
        <h2 id="by-status" className="text-xl font-semibold">
          {t("review.overview.byStatus")}
        </h2>
        <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" aria-labelledby="by-status" data-testid="by-status">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className={cell}>
                  {t("review.overview.careType")}
                </th>
                {OFFICER_STATUSES.map((s) => (
                  <th key={s} scope="col" className={`${cell} text-right`}>
                    {t(`status.${s}`)}
                  </th>
                ))}
                <th scope="col" className={`${cell} text-right`}>
                  {t("review.overview.total")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {overview.careTypes.map((ct) => (
                <tr key={ct.key} data-care-type={ct.key}>
                  <th scope="row" className={`${cell} font-normal`}>
                    <Link href={`/review${queueSearch({ ...DEFAULT_QUEUE_QUERY, careType: ct.key, status: "all" })}`} className="text-brand-700 underline">
                      {ct.name[lang]}
                    </Link>
                  </th>
                  {OFFICER_STATUSES.map((s) => (
                    <td key={s} className={`${cell} text-right`} data-status={s}>
                      {ct.byStatus[s]}
                    </td>
                  ))}
                  <td className={`${cell} text-right font-semibold`}>{OFFICER_STATUSES.reduce((sum, s) => sum + ct.byStatus[s], 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="unmet-title" className="space-y-4">
        <h2 id="unmet-title" className="text-xl font-semibold">
          {t("review.overview.unmetTitle", { careType: selectedName })}
        </h2>
        <form method="get" action="/review/overview" className="flex flex-wrap items-end gap-3">
          <div className="min-w-64">
            <Field label={t("review.overview.choose")}>
              {(p) => (
                <select {...p} name="careType" defaultValue={overview.selected ?? ""} className={inputClass}>
                  {overview.careTypes.map((ct) => (
                    <option key={ct.key} value={ct.key}>
                      {ct.name[lang]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Button type="submit" variant="secondary">
            {t("review.overview.show")}
          </Button>
        </form>

        {overview.conditions.length === 0 ? (
          <p className="rounded-md border border-slate-200 bg-white p-4">{t("review.overview.none")}</p>
        ) : (
          <>
            {/* The chart is a list a screen reader reads as text; the bars only draw the numbers. */}
            {chart.length > 0 && (
            <figure aria-labelledby="chart-title" className="space-y-3 rounded-md border border-slate-200 bg-white p-4" data-testid="unmet-chart">
              <figcaption id="chart-title">
                <span className="font-semibold">{t("review.overview.chartTitle")}</span>
                <span className="block text-sm text-slate-600">{t("review.overview.chartNote")}</span>
              </figcaption>
              <ol className="space-y-3">
                {chart.map((c) => (
                  <li key={c.key} data-condition={c.key}>
                    <p className="text-sm">
                      {c.text[lang]} <span className="text-xs text-slate-600">({c.severity === "hard" ? t("checklist.hard") : t("checklist.expectation")})</span>
                    </p>
                    <div className="mt-1 flex items-center gap-3">
                      <div aria-hidden="true" className="h-4 flex-1 rounded bg-slate-100">
                        <div className={`h-4 rounded ${c.severity === "hard" ? "bg-red-700" : "bg-sky-600"}`} style={{ width: `${(c.notMet / maxNotMet) * 100}%` }} />
                      </div>
                      <p className="w-36 shrink-0 text-sm">
                        <strong>{t("review.overview.bar", { count: c.notMet, total: c.applicable })}</strong> ({share(c.notMet, c.applicable)})
                      </p>
                    </div>
                  </li>
                ))}
              </ol>
            </figure>
            )}

            <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
              <table className="w-full text-left text-sm" data-testid="unmet-table">
                <caption className="px-3 py-2 text-left font-semibold">{t("review.overview.tableCaption", { careType: selectedName })}</caption>
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className={cell}>
                      {t("review.overview.columns.condition")}
                    </th>
                    <th scope="col" className={cell}>
                      {t("review.overview.columns.severity")}
                    </th>
                    <th scope="col" className={`${cell} text-right`}>
                      {t("review.overview.columns.notMet")}
                    </th>
                    <th scope="col" className={`${cell} text-right`}>
                      {t("review.overview.columns.evidenceMissing")}
                    </th>
                    <th scope="col" className={`${cell} text-right`}>
                      {t("review.overview.columns.applicable")}
                    </th>
                    <th scope="col" className={`${cell} text-right`}>
                      {t("review.overview.columns.share")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {overview.conditions.map((c) => (
                    <tr key={c.key} data-condition={c.key}>
                      <th scope="row" className={`${cell} font-normal`}>
                        {c.text[lang]}
                      </th>
                      <td className={cell}>{c.severity === "hard" ? t("checklist.hard") : t("checklist.expectation")}</td>
                      <td className={`${cell} text-right`}>{c.notMet}</td>
                      <td className={`${cell} text-right`}>{c.evidenceMissing}</td>
                      <td className={`${cell} text-right`}>{c.applicable}</td>
                      <td className={`${cell} text-right`}>{share(c.notMet, c.applicable)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </div>
  );
}

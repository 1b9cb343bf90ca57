import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { careTypeOverview } from "@/lib/server/services/review";
import type { LegalClass } from "@/lib/questionnaire/schema";
import { queueSearch, DEFAULT_QUEUE_QUERY } from "@/lib/review/queue";
import { OFFICER_STATUSES } from "@/lib/review/workflow";
import { Button } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { SelectField } from "@/components/ui/input-fields";
import { Section } from "@/components/ui/section";
import { PageHeader } from "@/components/ui/page-header";

const CHART_ROWS = 10;

type Overview = Awaited<ReturnType<typeof careTypeOverview>>;
type CareTypeCounts = Overview["careTypes"][number];
type Condition = Overview["conditions"][number];

const CLASS_BAR: Record<LegalClass, string> = { contract: "bg-red-700", payment: "bg-orange-700", purchaserDecides: "bg-violet-700", advice: "bg-sky-600" };

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
  const legalClass = (c: Condition) => t(`legalClasses.${c.legalClass}`);
  const statusColumns: Column<CareTypeCounts>[] = [
    {
      key: "careType",
      header: t("review.overview.careType"),
      rowHeader: true,
      cell: (ct) => (
        <Link href={`/review${queueSearch({ ...DEFAULT_QUEUE_QUERY, careType: ct.key, status: "all" })}`} className="text-brand-700 underline">
          {ct.name[lang]}
        </Link>
      ),
    },
    ...OFFICER_STATUSES.map((s): Column<CareTypeCounts> => ({ key: s, header: t(`status.${s}`), align: "right", cellData: { "data-status": s }, cell: (ct) => ct.byStatus[s] })),
    { key: "total", header: t("review.overview.total"), align: "right", className: "font-semibold", cell: (ct) => OFFICER_STATUSES.reduce((sum, s) => sum + ct.byStatus[s], 0) },
  ];
  const conditionColumns: Column<Condition>[] = [
    { key: "condition", header: t("review.overview.columns.condition"), rowHeader: true, cell: (c) => c.text[lang] },
    { key: "legalClass", header: t("review.overview.columns.legalClass"), cell: legalClass },
    { key: "notMet", header: t("review.overview.columns.notMet"), align: "right", cell: (c) => c.notMet },
    { key: "evidenceMissing", header: t("review.overview.columns.evidenceMissing"), align: "right", cell: (c) => c.evidenceMissing },
    { key: "applicable", header: t("review.overview.columns.applicable"), align: "right", cell: (c) => c.applicable },
    { key: "share", header: t("review.overview.columns.share"), align: "right", cell: (c) => share(c.notMet, c.applicable) },
  ];

  return (
    <div className="space-y-8">
      <PageHeader title={t("review.overview.title")} intro={t("review.overview.intro")} />

      <Section titleId="by-status" title={t("review.overview.byStatus")} size="xl">
        <DataTable
          labelledBy="by-status"
          testId="by-status"
          columns={statusColumns}
          rows={overview.careTypes}
          rowData={(ct) => ({ "data-care-type": ct.key })}
          empty={t("review.overview.noCareTypes")}
        />
      </Section>

      <Section titleId="unmet-title" title={t("review.overview.unmetTitle", { careType: selectedName })} size="xl" className="space-y-4">
        <form method="get" action="/review/overview" className="flex flex-wrap items-end gap-3">
          <div className="min-w-64">
            <SelectField
              label={t("review.overview.choose")}
              name="careType"
              defaultValue={overview.selected ?? ""}
              options={overview.careTypes.map((ct) => ({ value: ct.key, label: ct.name[lang] }))}
            />
          </div>
          <Button type="submit" variant="secondary">
            {t("review.overview.show")}
          </Button>
        </form>

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
                    {c.text[lang]} <span className="text-xs text-slate-600">({legalClass(c)})</span>
                  </p>
                  <div className="mt-1 flex items-center gap-3">
                    <div aria-hidden="true" className="h-4 flex-1 rounded bg-slate-100">
                      <div className={`h-4 rounded ${CLASS_BAR[c.legalClass]}`} style={{ width: `${(c.notMet / maxNotMet) * 100}%` }} />
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
        <DataTable
          caption={t("review.overview.tableCaption", { careType: selectedName })}
          testId="unmet-table"
          columns={conditionColumns}
          rows={overview.conditions}
          rowData={(c) => ({ "data-condition": c.key })}
          empty={t("review.overview.none")}
        />
      </Section>
    </div>
  );
}

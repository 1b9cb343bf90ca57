import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { listCareTypes } from "@/lib/server/services/questionnaires";
import { listQueue } from "@/lib/server/services/review";
import type { QueueRow } from "@/lib/review/export";
import { PAGE_SIZES, QUEUE_SORTS, UNMET_FILTERS, pageCount, parseQueueQuery, queueSearch, type QueueQuery, type QueueSort, type SearchParams } from "@/lib/review/queue";
import { OFFICER_STATUSES } from "@/lib/review/workflow";
import { formatDate } from "@/lib/questionnaire/format-answer";
import { REGIONS, regionName } from "@/lib/regions";
import { buttonClass } from "@/components/ui/button";
import { DataTable, type Column, type SortLink } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { InputField, SelectField } from "@/components/ui/input-fields";
import { SubmissionStatusBadge } from "@/components/review/submission-status-badge";
import { PageHeader } from "@/components/ui/page-header";
import { ANSWERS_EXPORT_FORM, AnswersExportForm, SelectAllOnPage } from "./queue-selection";

const UNMET_LABELS = { any: "unmetAny", yes: "unmetYes", no: "unmetNo" } as const;

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("review:submission:any", undefined, "page");
  const { query, errors, input } = parseQueueQuery(await searchParams);
  const [{ rows, total }, careTypes, t, lang, format] = await Promise.all([
    listQueue(user, query),
    listCareTypes(user),
    getTranslations(),
    getLocale(),
    getFormatter(),
  ]);
  const pages = pageCount(total, query.size);
  const href = (changes: Partial<QueueQuery>) => `/review${queueSearch(query, changes)}`;
  const error = (field: "from" | "to") => (errors[field] ? t(errors[field]) : undefined);
  // A click on the sorted column turns its order around; on another column it sorts ascending.
  const sortBy = (sort: QueueSort): SortLink => {
    const active = query.sort === sort;
    return {
      href: href({ sort, dir: active && query.dir === "asc" ? "desc" : "asc", page: 1 }),
      direction: active ? (query.dir === "asc" ? "ascending" : "descending") : undefined,
    };
  };
  const columns: Column<QueueRow>[] = [
    {
      key: "select",
      header: (
        <>
          <span className="sr-only">{t("review.queue.columns.select")}</span>
          <SelectAllOnPage />
        </>
      ),
      cell: (r) => <input type="checkbox" name="id" value={r.id} form={ANSWERS_EXPORT_FORM} aria-label={t("review.queue.selectRow", { name: r.organisation.name })} className="h-4 w-4" />,
    },
    {
      key: "organisation",
      header: t("review.queue.columns.organisation"),
      sort: sortBy("organisation"),
      rowHeader: true,
      cell: (r) => (
        <>
          <Link href={`/review/${r.id}`} className="font-medium text-brand-700 underline">
            {r.organisation.name}
          </Link>
          <span className="block text-xs text-slate-600">{t("review.queue.kvk", { kvk: r.organisation.kvkNumber })}</span>
        </>
      ),
    },
    { key: "careType", header: t("review.queue.columns.careType"), cell: (r) => r.careType.name[lang] },
    { key: "region", header: t("review.queue.columns.region"), cell: (r) => regionName(r.organisation.region) },
    { key: "status", header: t("review.queue.columns.status"), cell: (r) => <SubmissionStatusBadge status={r.status} label={t(`status.${r.status}`)} /> },
    {
      key: "submitted",
      header: t("review.queue.columns.submitted"),
      sort: sortBy("submitted"),
      className: "whitespace-nowrap",
      cell: (r) => (r.submittedAt ? format.dateTime(r.submittedAt, { dateStyle: "medium", timeStyle: "short" }) : "—"),
    },
    {
      key: "unmet",
      header: t("review.queue.columns.unmet"),
      sort: sortBy("unmet"),
      align: "right",
      cell: (r) => <span className={r.unmetHard ? "font-semibold text-red-700" : undefined}>{r.unmetHard}</span>,
    },
    {
      key: "payment",
      header: t("review.queue.columns.payment"),
      align: "right",
      cell: (r) => <span className={r.unmetPayment ? "font-semibold text-orange-800" : undefined}>{r.unmetPayment}</span>,
    },
    { key: "advice", header: t("review.queue.columns.advice"), align: "right", cell: (r) => r.adviceNotMet },
    { key: "awaiting", header: t("review.queue.columns.awaiting"), align: "right", cell: (r) => r.awaitingDecision },
    { key: "evidence", header: t("review.queue.columns.evidence"), align: "right", cell: (r) => r.evidenceMissing },
    {
      key: "deadline",
      header: t("review.queue.columns.deadline"),
      sort: sortBy("deadline"),
      className: "whitespace-nowrap",
      cell: (r) => (r.nextDeadline ? formatDate(r.nextDeadline, lang) : "—"),
    },
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("review.queue.title")}
        intro={t("review.queue.intro")}
        actions={<Link href="/review/overview" className="font-medium text-brand-700 underline">{t("review.overview.title")}</Link>}
      />

      <FilterForm
        method="get"
        action="/review"
        label={t("review.queue.filters")}
        submitLabel={t("review.queue.apply")}
        resetLabel={t("review.queue.reset")}
        resetHref="/review"
        className="grid gap-4 rounded-md border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <InputField label={t("review.queue.search")} help={t("review.queue.searchHelp")} type="search" name="q" defaultValue={input.q} maxLength={100} />
        <SelectField
          label={t("review.queue.careType")}
          name="careType"
          defaultValue={query.careType}
          anyLabel={t("review.queue.allCareTypes")}
          options={careTypes.map((ct) => ({ value: ct.key, label: lang === "en" ? ct.nameEn : ct.nameNl }))}
        />
        <SelectField
          label={t("review.queue.status")}
          name="status"
          defaultValue={query.status}
          options={[
            { value: "open", label: t("review.queue.statusOpen") },
            { value: "all", label: t("review.queue.statusAll") },
            ...OFFICER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
        />
        <SelectField
          label={t("review.queue.region")}
          name="region"
          defaultValue={query.region}
          anyLabel={t("review.queue.allRegions")}
          options={REGIONS.map(([key, name]) => ({ value: key, label: name }))}
        />
        <SelectField
          label={t("review.queue.unmet")}
          name="unmet"
          defaultValue={query.unmet}
          options={UNMET_FILTERS.map((u) => ({ value: u, label: t(`review.queue.${UNMET_LABELS[u]}`) }))}
        />
        <InputField label={t("review.queue.from")} error={error("from")} type="date" name="from" defaultValue={input.from} />
        <InputField label={t("review.queue.to")} error={error("to")} type="date" name="to" defaultValue={input.to} />
        <div className="grid grid-cols-3 gap-2 sm:col-span-2">
          <SelectField label={t("review.queue.sort")} name="sort" defaultValue={query.sort} options={QUEUE_SORTS.map((s) => ({ value: s, label: t(`review.queue.sorts.${s}`) }))} />
          <SelectField
            label={t("review.queue.dir")}
            name="dir"
            defaultValue={query.dir}
            options={(["asc", "desc"] as const).map((d) => ({ value: d, label: t(`review.queue.${d}`) }))}
          />
          <SelectField label={t("review.queue.size")} name="size" defaultValue={String(query.size)} options={PAGE_SIZES.map((n) => ({ value: String(n), label: n }))} />
        </div>
      </FilterForm>

      <div className="flex flex-wrap items-start justify-between gap-4">
        <p role="status" className="font-medium" data-testid="queue-total">
          {t("review.queue.results", { total })}
        </p>
        <div className="flex flex-wrap items-start gap-3">
          <a href={`/api/review/export${queueSearch(query, { page: 1 })}`} className={buttonClass("secondary")}>
            {t("review.queue.exportQueue")}
          </a>
          <AnswersExportForm />
        </div>
      </div>

      <DataTable
        caption={t("review.queue.caption", { page: query.page, pages })}
        captionHidden
        testId="queue"
        columns={columns}
        rows={rows}
        rowData={(r) => ({ "data-submission": r.id })}
        empty={t("review.queue.empty")}
        paging={{
          label: t("review.queue.pagination"),
          previous: { href: query.page > 1 ? href({ page: query.page - 1 }) : null, label: t("review.queue.previous") },
          next: { href: query.page < pages ? href({ page: query.page + 1 }) : null, label: t("review.queue.next") },
          status: t("review.queue.page", { page: query.page, pages }),
        }}
      />
    </div>
  );
}

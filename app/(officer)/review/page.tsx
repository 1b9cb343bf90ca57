import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { listCareTypes } from "@/lib/server/services/questionnaires";
import { listQueue } from "@/lib/server/services/review";
import { PAGE_SIZES, QUEUE_SORTS, UNMET_FILTERS, pageCount, parseQueueQuery, queueSearch, type QueueQuery, type QueueSort, type SearchParams } from "@/lib/review/queue";
import { OFFICER_STATUSES } from "@/lib/review/workflow";
import { formatDate } from "@/lib/questionnaire/format-answer";
import { REGIONS, regionName } from "@/lib/regions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { SubmissionStatusBadge } from "@/components/review/submission-status-badge";
import { ANSWERS_EXPORT_FORM, AnswersExportForm, SelectAllOnPage } from "./queue-selection";

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("review:submission:any", undefined, "page");
  const { query, errors, input } = parseQueueQuery(await searchParams);
  const [{ rows, total }, careTypes, t, locale, format] = await Promise.all([
    listQueue(user, query),
    listCareTypes(user),
    getTranslations(),
    getLocale(),
    getFormatter(),
  ]);
  const lang = locale as "nl" | "en";
  const pages = pageCount(total, query.size);
  const href = (changes: Partial<QueueQuery>) => `/review${queueSearch(query, changes)}`;
  const error = (field: "from" | "to") => (errors[field] ? t(`review.errors.${errors[field]}`) : undefined);

  const sortHeader = (sort: QueueSort, label: string) => {
    const active = query.sort === sort;
    return (
      <th scope="col" className="px-3 py-2" aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
        <Link href={href({ sort, dir: active && query.dir === "asc" ? "desc" : "asc", page: 1 })} className="underline decoration-slate-400 hover:text-brand-700">
          {label}
          {active && <span aria-hidden="true">{query.dir === "asc" ? " ▲" : " ▼"}</span>}
        </Link>
      </th>
    );
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("review.queue.title")}</h1>
          <p className="mt-1 max-w-3xl text-slate-700">{t("review.queue.intro")}</p>
        </div>
        <Link href="/review/overview" className="font-medium text-brand-700 underline">
          {t("review.overview.title")}
        </Link>
      </div>

      <form method="get" action="/review" role="search" aria-label={t("review.queue.filters")} className="grid gap-4 rounded-md border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field label={t("review.queue.search")} help={t("review.queue.searchHelp")}>
          {(p) => <input {...p} type="search" name="q" defaultValue={input.q} maxLength={100} className={inputClass} />}
        </Field>
        <Field label={t("review.queue.careType")}>
          {(p) => (
            <select {...p} name="careType" defaultValue={query.careType} className={inputClass}>
              <option value="">{t("review.queue.allCareTypes")}</option>
              {careTypes.map((ct) => (
                <option key={ct.key} value={ct.key}>
                  {lang === "en" ? ct.nameEn : ct.nameNl}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("review.queue.status")}>
          {(p) => (
            <select {...p} name="status" defaultValue={query.status} className={inputClass}>
              <option value="open">{t("review.queue.statusOpen")}</option>
              <option value="all">{t("review.queue.statusAll")}</option>
              {OFFICER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("review.queue.region")}>
          {(p) => (
            <select {...p} name="region" defaultValue={query.region} className={inputClass}>
              <option value="">{t("review.queue.allRegions")}</option>
              {REGIONS.map(([key, name]) => (
                <option key={key} value={key}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("review.queue.unmet")}>
          {(p) => (
            <select {...p} name="unmet" defaultValue={query.unmet} className={inputClass}>
              {UNMET_FILTERS.map((u) => (
                <option key={u} value={u}>
                  {t(`review.queue.${u === "any" ? "unmetAny" : u === "yes" ? "unmetYes" : "unmetNo"}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("review.queue.from")} error={error("from")}>
          {(p) => <input {...p} type="date" name="from" defaultValue={input.from} className={inputClass} />}
        </Field>
        <Field label={t("review.queue.to")} error={error("to")}>
          {(p) => <input {...p} type="date" name="to" defaultValue={input.to} className={inputClass} />}
        </Field>
        <div className="grid grid-cols-3 gap-2 sm:col-span-2">
          <Field label={t("review.queue.sort")}>
            {(p) => (
              <select {...p} name="sort" defaultValue={query.sort} className={inputClass}>
                {QUEUE_SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`review.queue.sorts.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("review.queue.dir")}>
            {(p) => (
              <select {...p} name="dir" defaultValue={query.dir} className={inputClass}>
                <option value="asc">{t("review.queue.asc")}</option>
                <option value="desc">{t("review.queue.desc")}</option>
              </select>
            )}
          </Field>
          <Field label={t("review.queue.size")}>
            {(p) => (
              <select {...p} name="size" defaultValue={String(query.size)} className={inputClass}>
                {PAGE_SIZES.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="flex items-end gap-4 sm:col-span-2">
          <Button type="submit">{t("review.queue.apply")}</Button>
          <Link href="/review" className="text-sm text-brand-700 underline">
            {t("review.queue.reset")}
          </Link>
        </div>
      </form>

      <div className="flex flex-wrap items-start justify-between gap-4">
        <p role="status" className="font-medium" data-testid="queue-total">
          {t("review.queue.results", { total })}
        </p>
        <div className="flex flex-wrap items-start gap-3">
          <a href={`/api/review/export${queueSearch(query, { page: 1 })}`} className="inline-flex rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50">
            {t("review.queue.exportQueue")}
          </a>
          <AnswersExportForm />
        </div>
      </div>

      {rows.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4 text-slate-700">{t("review.queue.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" data-testid="queue">
            <caption className="sr-only">{t("review.queue.caption", { page: query.page, pages })}</caption>
            <thead className="bg-slate-100 text-slate-800">
              <tr>
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">{t("review.queue.columns.select")}</span>
                  <SelectAllOnPage />
                </th>
                {sortHeader("organisation", t("review.queue.columns.organisation"))}
                <th scope="col" className="px-3 py-2">
                  {t("review.queue.columns.careType")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("review.queue.columns.region")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("review.queue.columns.status")}
                </th>
                {sortHeader("submitted", t("review.queue.columns.submitted"))}
                {sortHeader("unmet", t("review.queue.columns.unmet"))}
                <th scope="col" className="px-3 py-2">
                  {t("review.queue.columns.evidence")}
                </th>
                {sortHeader("deadline", t("review.queue.columns.deadline"))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {rows.map((r) => (
                <tr key={r.id} data-submission={r.id} className="hover:bg-slate-50">
                  <td className="px-3 py-2">
                    <input type="checkbox" name="id" value={r.id} form={ANSWERS_EXPORT_FORM} aria-label={t("review.queue.selectRow", { name: r.organisation.name })} className="h-4 w-4" />
                  </td>
                  <th scope="row" className="px-3 py-2 font-normal">
                    <Link href={`/review/${r.id}`} className="font-medium text-brand-700 underline">
                      {r.organisation.name}
                    </Link>
                    <span className="block text-xs text-slate-600">{t("review.queue.kvk", { kvk: r.organisation.kvkNumber })}</span>
                  </th>
                  <td className="px-3 py-2">{r.careType.name[lang]}</td>
                  <td className="px-3 py-2">{regionName(r.organisation.region)}</td>
                  <td className="px-3 py-2">
                    <SubmissionStatusBadge status={r.status} label={t(`status.${r.status}`)} />
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">{r.submittedAt ? format.dateTime(r.submittedAt, { dateStyle: "medium", timeStyle: "short" }) : "—"}</td>
                  <td className={`px-3 py-2 text-right ${r.unmetHard ? "font-semibold text-red-700" : ""}`}>{r.unmetHard}</td>
                  <td className="px-3 py-2 text-right">{r.evidenceMissing}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{r.nextDeadline ? formatDate(r.nextDeadline, lang) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <nav aria-label={t("review.queue.pagination")} className="flex items-center justify-between gap-4 text-sm">
        {query.page > 1 ? (
          <Link href={href({ page: query.page - 1 })} rel="prev" className="font-medium text-brand-700 underline">
            {t("review.queue.previous")}
          </Link>
        ) : (
          <span />
        )}
        <span>{t("review.queue.page", { page: query.page, pages })}</span>
        {query.page < pages ? (
          <Link href={href({ page: query.page + 1 })} rel="next" className="font-medium text-brand-700 underline">
            {t("review.queue.next")}
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </div>
  );
}

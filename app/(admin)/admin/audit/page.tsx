import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { searchAuditLog } from "@/lib/server/services/audit-log";
import { auditFiltersSchema } from "@/lib/validation/audit";
import { cursorParam, parseFilters, toQuery, type SearchParams } from "@/lib/validation/search-params";
import { AdminNav } from "@/components/admin/admin-nav";
import { Pagination } from "@/components/admin/pagination";
import { AuditFilterForm } from "./audit-filters";

export async function generateMetadata() {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const admin = await requirePermission("read:audit:any", undefined, "page");
  const params = await searchParams;
  const filters = parseFilters(auditFiltersSchema, params);
  const [t, format, page] = await Promise.all([
    getTranslations("audit"),
    getFormatter(),
    searchAuditLog(admin, filters, { before: cursorParam(params, "before"), after: cursorParam(params, "after") }),
  ]);
  const first = page.rows[0];
  const last = page.rows[page.rows.length - 1];
  return (
    <div className="space-y-6">
      <AdminNav />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-slate-700">{t("intro")}</p>
        </div>
        <a href={`/admin/audit/export${toQuery(filters)}`} className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50">
          {t("export")}
        </a>
      </div>
      <AuditFilterForm values={filters} />
      <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="px-3 py-2 text-left font-medium">{t("table.caption")}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">{t("table.at")}</th>
              <th scope="col" className="px-3 py-2">{t("table.action")}</th>
              <th scope="col" className="px-3 py-2">{t("table.actor")}</th>
              <th scope="col" className="px-3 py-2">{t("table.entity")}</th>
              <th scope="col" className="px-3 py-2">{t("table.ip")}</th>
              <th scope="col" className="px-3 py-2">{t("table.details")}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr key={String(row.id)} className="border-t border-slate-200 align-top" data-action={row.action}>
                <td className="whitespace-nowrap px-3 py-2">{format.dateTime(row.at, { dateStyle: "short", timeStyle: "medium" })}</td>
                <th scope="row" className="px-3 py-2 font-mono font-medium">{row.action}</th>
                <td className="px-3 py-2">{row.actorEmail ?? <span className="text-slate-500">{t("table.noActor")}</span>}</td>
                <td className="px-3 py-2">
                  {row.entityType}
                  {row.entityId && <span className="block break-all font-mono text-xs text-slate-700">{row.entityId}</span>}
                  {row.organisationId && <span className="block break-all text-xs text-slate-600">{t("table.organisation", { id: row.organisationId })}</span>}
                </td>
                <td className="px-3 py-2">{row.ip ?? ""}</td>
                <td className="px-3 py-2">
                  {row.details !== null && (
                    <details>
                      <summary className="cursor-pointer text-brand-700 underline">{t("table.show")}</summary>
                      <pre className="mt-1 max-w-md overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs">
                        {JSON.stringify(row.details, null, 2)}
                      </pre>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {page.rows.length === 0 && <p className="px-3 py-4 text-slate-700">{t("empty")}</p>}
      </div>
      {(page.hasNewer || page.hasOlder) && (
        <Pagination
          label={t("pagination")}
          previous={{ href: page.hasNewer && first ? `/admin/audit${toQuery({ ...filters, after: first.id })}` : null, label: t("newer") }}
          next={{ href: page.hasOlder && last ? `/admin/audit${toQuery({ ...filters, before: last.id })}` : null, label: t("older") }}
        />
      )}
    </div>
  );
}

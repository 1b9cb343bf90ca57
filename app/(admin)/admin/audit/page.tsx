import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { searchAuditLog, type AuditRow } from "@/lib/server/services/audit-log";
import { auditFiltersSchema } from "@/lib/validation/audit";
import { cursorParam, parseFilters, toQuery, type SearchParams } from "@/lib/validation/search-params";
import { titleFrom } from "@/lib/i18n/metadata";
import { buttonClass } from "@/components/ui/button";
import { AdminNav } from "@/components/admin/admin-nav";
import { DataTable, type Column } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { AuditFilterForm } from "./audit-filters";

export const generateMetadata = titleFrom("audit");

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
  const columns: Column<AuditRow>[] = [
    { key: "at", header: t("table.at"), className: "whitespace-nowrap", cell: (row) => format.dateTime(row.at, { dateStyle: "short", timeStyle: "medium" }) },
    { key: "action", header: t("table.action"), rowHeader: true, className: "font-mono", cell: (row) => row.action },
    { key: "actor", header: t("table.actor"), cell: (row) => row.actorEmail ?? <span className="text-slate-500">{t("table.noActor")}</span> },
    {
      key: "entity",
      header: t("table.entity"),
      cell: (row) => (
        <>
          {row.entityType}
          {row.entityId && <span className="block break-all font-mono text-xs text-slate-700">{row.entityId}</span>}
          {row.organisationId && <span className="block break-all text-xs text-slate-600">{t("table.organisation", { id: row.organisationId })}</span>}
        </>
      ),
    },
    { key: "ip", header: t("table.ip"), cell: (row) => row.ip ?? "" },
    {
      key: "details",
      header: t("table.details"),
      cell: (row) =>
        row.details !== null && (
          <details>
            <summary className="cursor-pointer text-brand-700 underline">{t("table.show")}</summary>
            <pre className="mt-1 max-w-md overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs">{JSON.stringify(row.details, null, 2)}</pre>
          </details>
        ),
    },
  ];
  return (
    <div className="space-y-6">
      <AdminNav />
      <PageHeader title={t("title")} intro={t("intro")} actions={<a href={`/admin/audit/export${toQuery(filters)}`} className={buttonClass("secondary")}>{t("export")}</a>} />
      <AuditFilterForm values={filters} />
      <DataTable
        caption={t("table.caption")}
        columns={columns}
        rows={page.rows}
        rowData={(row) => ({ "data-action": row.action })}
        empty={t("empty")}
        paging={
          page.hasNewer || page.hasOlder
            ? {
                label: t("pagination"),
                previous: { href: page.hasNewer && first ? `/admin/audit${toQuery({ ...filters, after: first.id })}` : null, label: t("newer") },
                next: { href: page.hasOlder && last ? `/admin/audit${toQuery({ ...filters, before: last.id })}` : null, label: t("older") },
              }
            : undefined
        }
      />
    </div>
  );
}

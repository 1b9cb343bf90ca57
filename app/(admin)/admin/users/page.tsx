import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { listUsers } from "@/lib/server/services/users";
import { userFiltersSchema } from "@/lib/validation/users";
import { pageParam, parseFilters, toQuery, type SearchParams } from "@/lib/validation/search-params";
import { titleFrom } from "@/lib/i18n/metadata";
import { buttonClass } from "@/components/ui/button";
import { AdminNav } from "@/components/admin/admin-nav";
import { DataTable, type Column } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { UserFilterForm } from "./user-filters";
import { UserActiveBadge } from "./user-active-badge";

type UserRow = Awaited<ReturnType<typeof listUsers>>["rows"][number];

export const generateMetadata = titleFrom("users");

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const admin = await requirePermission("manage:user:any", undefined, "page");
  const params = await searchParams;
  const filters = parseFilters(userFiltersSchema, params);
  const [t, format, list] = await Promise.all([getTranslations(), getFormatter(), listUsers(admin, filters, pageParam(params))]);
  const pageHref = (page: number) => `/admin/users${toQuery({ ...filters, page: page > 1 ? page : null })}`;
  const columns: Column<UserRow>[] = [
    {
      key: "name",
      header: t("users.table.name"),
      rowHeader: true,
      cell: (u) => (
        <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 underline">
          {u.name}
        </Link>
      ),
    },
    { key: "email", header: t("users.table.email"), cell: (u) => u.email },
    { key: "role", header: t("users.table.role"), cell: (u) => t(`roles.${u.role}`) },
    {
      key: "organisation",
      header: t("users.table.organisation"),
      cell: (u) =>
        u.membership ? (
          <>
            {u.membership.organisation.name}
            {u.membership.signatory && <span className="text-slate-600"> · {t("users.signatory")}</span>}
          </>
        ) : (
          <span className="text-slate-500">—</span>
        ),
    },
    { key: "status", header: t("users.table.status"), cell: (u) => <UserActiveBadge active={u.active} /> },
    {
      key: "lastLogin",
      header: t("users.table.lastLogin"),
      cell: (u) => (u.lastLoginAt ? format.dateTime(u.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : t("users.table.never")),
    },
  ];
  return (
    <div className="space-y-6">
      <AdminNav />
      <PageHeader title={t("users.title")} intro={t("users.intro")} actions={<Link href="/admin/users/new" className={buttonClass()}>{t("users.new")}</Link>} />
      <UserFilterForm values={filters} />
      <DataTable
        caption={t("users.table.caption", { count: list.total })}
        columns={columns}
        rows={list.rows}
        rowData={(u) => ({ "data-user": u.email })}
        empty={t("users.empty")}
        paging={
          list.pageCount > 1
            ? {
                label: t("admin.pagination.label"),
                previous: { href: list.page > 1 ? pageHref(list.page - 1) : null, label: t("admin.pagination.previous") },
                next: { href: list.page < list.pageCount ? pageHref(list.page + 1) : null, label: t("admin.pagination.next") },
                status: t("admin.pagination.page", { page: list.page, pages: list.pageCount }),
              }
            : undefined
        }
      />
    </div>
  );
}

import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { listUsers } from "@/lib/server/services/users";
import { userFiltersSchema } from "@/lib/validation/users";
import { pageParam, parseFilters, toQuery, type SearchParams } from "@/lib/validation/search-params";
import { AdminNav } from "@/components/admin/admin-nav";
import { Pagination } from "@/components/admin/pagination";
import { UserFilterForm } from "./user-filters";
import { UserActiveBadge } from "./user-active-badge";

export async function generateMetadata() {
  const t = await getTranslations("users");
  return { title: t("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const admin = await requirePermission("manage:user:any", undefined, "page");
  const params = await searchParams;
  const filters = parseFilters(userFiltersSchema, params);
  const [t, format, list] = await Promise.all([getTranslations(), getFormatter(), listUsers(admin, filters, pageParam(params))]);
  const pageHref = (page: number) => `/admin/users${toQuery({ ...filters, page: page > 1 ? page : null })}`;
  return (
    <div className="space-y-6">
      <AdminNav />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("users.title")}</h1>
          <p className="mt-1 text-slate-700">{t("users.intro")}</p>
        </div>
        <Link href="/admin/users/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          {t("users.new")}
        </Link>
      </div>
      <UserFilterForm values={filters} />
      <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="px-3 py-2 text-left font-medium">{t("users.table.caption", { count: list.total })}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">{t("users.table.name")}</th>
              <th scope="col" className="px-3 py-2">{t("users.table.email")}</th>
              <th scope="col" className="px-3 py-2">{t("users.table.role")}</th>
              <th scope="col" className="px-3 py-2">{t("users.table.organisation")}</th>
              <th scope="col" className="px-3 py-2">{t("users.table.status")}</th>
              <th scope="col" className="px-3 py-2">{t("users.table.lastLogin")}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((u) => (
              <tr key={u.id} className="border-t border-slate-200" data-user={u.email}>
                <th scope="row" className="px-3 py-2 font-medium">
                  <Link href={`/admin/users/${u.id}`} className="text-brand-700 underline">
                    {u.name}
                  </Link>
                </th>
                <td className="px-3 py-2">{u.email}</td>
                <td className="px-3 py-2">{t(`roles.${u.role}`)}</td>
                <td className="px-3 py-2">
                  {u.membership ? (
                    <>
                      {u.membership.organisation.name}
                      {u.membership.signatory && <span className="text-slate-600"> · {t("users.signatory")}</span>}
                    </>
                  ) : (
                    <span className="text-slate-500">—</span>
                  )}
                </td>
                <td className="px-3 py-2">
                  <UserActiveBadge active={u.active} />
                </td>
                <td className="px-3 py-2">{u.lastLoginAt ? format.dateTime(u.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : t("users.table.never")}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.rows.length === 0 && <p className="px-3 py-4 text-slate-700">{t("users.empty")}</p>}
      </div>
      {list.pageCount > 1 && (
        <Pagination
          label={t("admin.pagination.label")}
          previous={{ href: list.page > 1 ? pageHref(list.page - 1) : null, label: t("admin.pagination.previous") }}
          next={{ href: list.page < list.pageCount ? pageHref(list.page + 1) : null, label: t("admin.pagination.next") }}
          status={t("admin.pagination.page", { page: list.page, pages: list.pageCount })}
        />
      )}
    </div>
  );
}

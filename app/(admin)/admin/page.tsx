import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { activeUserCounts } from "@/lib/server/services/users";
import { titleFrom } from "@/lib/i18n/metadata";
import { AdminNav } from "@/components/admin/admin-nav";

export const generateMetadata = titleFrom("admin");

export default async function AdminHomePage() {
  const user = await requireRole(["ADMIN"]);
  const [t, counts] = await Promise.all([getTranslations("admin"), activeUserCounts(user)]);
  const sections = [
    { href: "/admin/questionnaires", title: t("nav.questionnaires"), text: t("overview.questionnaires") },
    {
      href: "/admin/users",
      title: t("nav.users"),
      text: t("overview.users"),
      extra: t("overview.activeUsers", { providers: counts.PROVIDER, officers: counts.OFFICER, admins: counts.ADMIN }),
    },
    { href: "/admin/audit", title: t("nav.audit"), text: t("overview.audit") },
  ];
  return (
    <div>
      <AdminNav />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-slate-700">{t("intro")}</p>
      <ul className="mt-6 grid gap-4 md:grid-cols-3">
        {sections.map((s) => (
          <li key={s.href} className="rounded-md border border-slate-200 bg-white p-4">
            <h2 className="text-lg font-semibold">
              <Link href={s.href} className="text-brand-700 underline">
                {s.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-700">{s.text}</p>
            {s.extra && <p className="mt-2 text-sm font-medium">{s.extra}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}

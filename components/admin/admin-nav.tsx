"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

const SECTIONS = [
  { href: "/admin", key: "overview" },
  { href: "/admin/questionnaires", key: "questionnaires" },
  { href: "/admin/users", key: "users" },
  { href: "/admin/audit", key: "audit" },
] as const;

/** The administration area's sub-navigation; the current section is marked for screen readers too. */
export function AdminNav() {
  const t = useTranslations("admin.nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="no-print mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-x-6 text-sm">
        {SECTIONS.map((s) => {
          const current = s.href === "/admin" ? pathname === s.href : pathname === s.href || pathname.startsWith(`${s.href}/`);
          return (
            <li key={s.href}>
              <Link
                href={s.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block border-b-2 py-2 font-medium ${current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:text-brand-700"}`}
              >
                {t(s.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

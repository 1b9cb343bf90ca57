import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/server/auth/session";
import { setLocaleAction } from "@/lib/i18n/actions";
import { LogoutButton } from "./logout-button";

export async function SiteHeader() {
  const [user, t, locale] = await Promise.all([getCurrentUser(), getTranslations(), getLocale()]);
  const links =
    user?.role === "PROVIDER"
      ? [
          { href: "/dashboard", label: t("nav.dashboard") },
          { href: "/organisation", label: t("nav.colleagues") },
        ]
      : user?.role === "OFFICER"
        ? [
            { href: "/review", label: t("nav.review") },
            { href: "/review/overview", label: t("nav.overview") },
          ]
        : user?.role === "ADMIN"
          ? [
              { href: "/admin", label: t("nav.admin") },
              // Administrators may read the sector overview (read:report:any), not the review pages.
              { href: "/review/overview", label: t("nav.overview") },
            ]
          : [];
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-800">
          {t("app.name")}
        </Link>
        <nav aria-label={t("nav.main")} className="flex flex-wrap items-center gap-4 text-sm">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className="font-medium text-slate-800 hover:text-brand-700">
              {l.label}
            </Link>
          ))}
          <form action={setLocaleAction}>
            <input type="hidden" name="locale" value={locale === "nl" ? "en" : "nl"} />
            <button type="submit" className="text-slate-700 underline" lang={locale === "nl" ? "en" : "nl"}>
              {t("nav.switchTo")}
            </button>
          </form>
          {user && (
            <>
              <span className="text-slate-600" data-testid="signed-in-as">
                {t("nav.signedInAs", { name: user.name })} · {t(`roles.${user.role}`)}
              </span>
              <LogoutButton label={t("nav.logout")} />
            </>
          )}
        </nav>
      </div>
    </header>
  );
}

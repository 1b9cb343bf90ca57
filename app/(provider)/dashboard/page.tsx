import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { getOrganisation } from "@/lib/server/services/organisations";
import { listCareTypes } from "@/lib/server/services/questionnaires";

export default async function DashboardPage() {
  const user = await requireRole(["PROVIDER"]);
  const [t, locale, organisation, careTypes] = await Promise.all([
    getTranslations("home"),
    getLocale(),
    getOrganisation(user.organisationId!),
    listCareTypes(),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("providerTitle")}</h1>
        <p className="text-slate-700">{t("providerIntro")}</p>
      </div>
      <p>
        <span className="font-medium">{t("organisation")}:</span> {organisation?.name} (KvK {organisation?.kvkNumber})
      </p>
      <section aria-labelledby="care-types">
        <h2 id="care-types" className="text-lg font-semibold">
          {t("careTypes")}
        </h2>
        <ul className="mt-2 grid gap-3 sm:grid-cols-2">
          {careTypes.map((c) => (
            <li key={c.key} className="rounded-md border border-slate-200 bg-white p-4">
              {locale === "en" ? c.nameEn : c.nameNl}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { listQuestionnaires } from "@/lib/server/services/questionnaire-admin";
import { ImportForm } from "./_components/import-form";

export default async function QuestionnairesPage() {
  const user = await requireRole(["ADMIN"]);
  const [careTypes, t, locale, format] = await Promise.all([listQuestionnaires(user), getTranslations("editor"), getLocale(), getFormatter()]);
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm">
          <Link href="/admin" className="text-brand-700 underline">
            {t("backToAdmin")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t("list.title")}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t("list.intro")}</p>
      </div>
      <table className="w-full border-collapse overflow-hidden rounded-md bg-white text-sm">
        <caption className="sr-only">{t("list.caption")}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">{t("list.careType")}</th>
            <th scope="col" className="p-2">{t("list.published")}</th>
            <th scope="col" className="p-2">{t("list.draft")}</th>
            <th scope="col" className="p-2"><span className="sr-only">{t("list.actions")}</span></th>
          </tr>
        </thead>
        <tbody>
          {careTypes.map((ct) => {
            const versions = ct.questionnaire?.versions ?? [];
            const published = versions.find((v) => v.status === "PUBLISHED");
            const draft = versions.find((v) => v.status === "DRAFT");
            const name = locale === "en" ? ct.nameEn : ct.nameNl;
            return (
              <tr key={ct.key} className="border-b border-slate-200" data-care-type={ct.key}>
                <th scope="row" className="p-2 text-left font-medium">{name}</th>
                <td className="p-2">
                  {published
                    ? t("list.publishedVersion", { number: published.number, period: published.policyPeriod, date: format.dateTime(published.publishedAt ?? published.updatedAt, { dateStyle: "medium" }) })
                    : t("list.none")}
                </td>
                <td className="p-2">
                  {draft ? (
                    <Link href={`/admin/questionnaires/${ct.key}/draft`} className="text-brand-700 underline">
                      {t("list.editDraft", { number: draft.number })}
                    </Link>
                  ) : (
                    t("list.none")
                  )}
                </td>
                <td className="p-2">
                  <Link href={`/admin/questionnaires/${ct.key}`} className="text-brand-700 underline">
                    {t("list.versions")}
                    <span className="sr-only"> — {name}</span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ImportForm />
    </div>
  );
}

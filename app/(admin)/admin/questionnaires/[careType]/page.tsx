import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { careTypeVersions } from "@/lib/server/services/questionnaire-admin";
import { Button } from "@/components/ui/button";
import { NewDraftForm } from "../_components/new-draft-form";
import { orErrorPage } from "@/lib/server/pages";
import { careTypeParam, versionNumber } from "../_components/params";

export default async function CareTypeVersionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ careType: string }>;
  searchParams: Promise<{ published?: string }>;
}) {
  const user = await requireRole(["ADMIN"]);
  const key = careTypeParam((await params).careType);
  const published = versionNumber((await searchParams).published);
  const [{ careType, versions }, t, locale, format] = await Promise.all([
    orErrorPage(careTypeVersions(user, key)),
    getTranslations("editor"),
    getLocale(),
    getFormatter(),
  ]);
  const name = locale === "en" ? careType.nameEn : careType.nameNl;
  const draft = versions.find((v) => v.status === "DRAFT");
  const base = `/admin/questionnaires/${key}`;
  const numbers = versions.map((v) => v.number);

  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm">
          <Link href="/admin/questionnaires" className="text-brand-700 underline">
            {t("backToList")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{name}</h1>
        <p className="text-sm text-slate-600">{t("versions.key", { key })}</p>
      </div>
      {published && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3">
          {t("versions.published", { number: published })}
        </p>
      )}

      <section aria-labelledby="draft-title" className="space-y-3 rounded-md border border-slate-200 bg-white p-4">
        <h2 id="draft-title" className="text-lg font-semibold">
          {t("versions.draftTitle")}
        </h2>
        {draft ? (
          <p>
            <Link href={`${base}/draft`} className="inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
              {t("list.editDraft", { number: draft.number })}
            </Link>
          </p>
        ) : versions.length ? (
          <NewDraftForm careType={key} versions={versions.map((v) => ({ number: v.number, period: v.policyPeriod }))} />
        ) : (
          <p className="text-sm">{t("versions.noVersions")}</p>
        )}
        {draft && <p className="text-sm text-slate-600">{t("versions.oneDraft")}</p>}
      </section>

      <section aria-labelledby="versions-title" className="space-y-3">
        <h2 id="versions-title" className="text-lg font-semibold">
          {t("versions.title")}
        </h2>
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">{t("versions.caption", { name })}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">{t("versions.number")}</th>
              <th scope="col" className="p-2">{t("versions.status")}</th>
              <th scope="col" className="p-2">{t("versions.period")}</th>
              <th scope="col" className="p-2">{t("versions.publishedAt")}</th>
              <th scope="col" className="p-2">{t("versions.submissions")}</th>
              <th scope="col" className="p-2"><span className="sr-only">{t("list.actions")}</span></th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.number} className="border-b border-slate-200" data-version={v.number}>
                <th scope="row" className="p-2 text-left">{v.number}</th>
                <td className="p-2">{t(`versions.statuses.${v.status}`)}</td>
                <td className="p-2">{v.policyPeriod}</td>
                <td className="p-2">
                  {v.publishedAt
                    ? `${format.dateTime(v.publishedAt, { dateStyle: "medium", timeStyle: "short" })}${v.publishedBy ? ` · ${v.publishedBy}` : ""}`
                    : "—"}
                </td>
                <td className="p-2">{v._count.submissions}</td>
                <td className="space-x-3 p-2">
                  <Link href={v.status === "DRAFT" ? `${base}/draft` : `${base}/versions/${v.number}`} className="text-brand-700 underline">
                    {v.status === "DRAFT" ? t("versions.edit") : t("versions.view")}
                    <span className="sr-only"> {t("versions.versionN", { number: v.number })}</span>
                  </Link>
                  <a href={`${base}/versions/${v.number}/export`} download className="text-brand-700 underline">
                    {t("versions.export")}
                    <span className="sr-only"> {t("versions.versionN", { number: v.number })}</span>
                  </a>
                  {numbers.includes(v.number - 1) && (
                    <Link href={`${base}/compare?from=${v.number - 1}&to=${v.number}`} className="text-brand-700 underline">
                      {t("versions.compareWithPrevious")}
                      <span className="sr-only"> {t("versions.versionN", { number: v.number })}</span>
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {versions.length > 1 && (
        <section aria-labelledby="compare-title" className="space-y-3 rounded-md border border-slate-200 bg-white p-4">
          <h2 id="compare-title" className="text-lg font-semibold">
            {t("compare.title")}
          </h2>
          <form action={`${base}/compare`} method="get" className="flex flex-wrap items-end gap-3">
            {(["from", "to"] as const).map((field, i) => (
              <div key={field}>
                <label htmlFor={`compare-${field}`} className="block text-sm font-medium">
                  {t(`compare.${field}`)}
                </label>
                <select id={`compare-${field}`} name={field} defaultValue={numbers[Math.min(1 - i, numbers.length - 1)]} className="rounded-md border border-slate-400 bg-white px-3 py-2">
                  {numbers.map((n) => (
                    <option key={n} value={n}>
                      {t("versions.versionN", { number: n })}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <Button type="submit" variant="secondary">
              {t("compare.submit")}
            </Button>
          </form>
        </section>
      )}
    </div>
  );
}

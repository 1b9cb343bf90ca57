import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { careTypeVersions } from "@/lib/server/services/questionnaire-admin";
import { Button, buttonClass } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { NewDraftForm } from "../_components/new-draft-form";
import { orErrorPage } from "@/lib/server/pages";
import { careTypeParam, versionNumber } from "../_components/params";

type Version = Awaited<ReturnType<typeof careTypeVersions>>["versions"][number];

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
  const versionN = (v: Version) => <span className="sr-only"> {t("versions.versionN", { number: v.number })}</span>;
  const columns: Column<Version>[] = [
    { key: "number", header: t("versions.number"), rowHeader: true, cell: (v) => v.number },
    { key: "status", header: t("versions.status"), cell: (v) => t(`versions.statuses.${v.status}`) },
    { key: "period", header: t("versions.period"), cell: (v) => v.policyPeriod },
    {
      key: "publishedAt",
      header: t("versions.publishedAt"),
      cell: (v) => (v.publishedAt ? `${format.dateTime(v.publishedAt, { dateStyle: "medium", timeStyle: "short" })}${v.publishedBy ? ` · ${v.publishedBy}` : ""}` : "—"),
    },
    { key: "submissions", header: t("versions.submissions"), cell: (v) => v._count.submissions },
    {
      key: "actions",
      header: <span className="sr-only">{t("list.actions")}</span>,
      className: "space-x-3",
      cell: (v) => (
        <>
          <Link href={v.status === "DRAFT" ? `${base}/draft` : `${base}/versions/${v.number}`} className="text-brand-700 underline">
            {v.status === "DRAFT" ? t("versions.edit") : t("versions.view")}
            {versionN(v)}
          </Link>
          <a href={`${base}/versions/${v.number}/export`} download className="text-brand-700 underline">
            {t("versions.export")}
            {versionN(v)}
          </a>
          {numbers.includes(v.number - 1) && (
            <Link href={`${base}/compare?from=${v.number - 1}&to=${v.number}`} className="text-brand-700 underline">
              {t("versions.compareWithPrevious")}
              {versionN(v)}
            </Link>
          )}
        </>
      ),
    },
  ];

  return (
    <div className="space-y-8">
      <PageHeader back={{ href: "/admin/questionnaires", label: t("backToList") }} title={name} intro={t("versions.key", { key })} />
      <Notice tone="success">{published && t("versions.published", { number: published })}</Notice>

      <Section titleId="draft-title" title={t("versions.draftTitle")} className="space-y-3 rounded-md border border-slate-200 bg-white p-4">
        {draft ? (
          <p>
            <Link href={`${base}/draft`} className={buttonClass()}>
              {t("list.editDraft", { number: draft.number })}
            </Link>
          </p>
        ) : versions.length ? (
          <NewDraftForm careType={key} versions={versions.map((v) => ({ number: v.number, period: v.policyPeriod }))} />
        ) : (
          <p className="text-sm">{t("versions.noVersions")}</p>
        )}
        {draft && <p className="text-sm text-slate-600">{t("versions.oneDraft")}</p>}
      </Section>

      <Section titleId="versions-title" title={t("versions.title")} className="space-y-3">
        <DataTable
          caption={t("versions.caption", { name })}
          captionHidden
          columns={columns}
          rows={versions}
          rowData={(v) => ({ "data-version": v.number })}
          empty={t("versions.noVersions")}
        />
      </Section>

      {versions.length > 1 && (
        <Section titleId="compare-title" title={t("compare.title")} className="space-y-3 rounded-md border border-slate-200 bg-white p-4">
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
        </Section>
      )}
    </div>
  );
}

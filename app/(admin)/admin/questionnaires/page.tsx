import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { listQuestionnaires } from "@/lib/server/services/questionnaire-admin";
import { DataTable, type Column } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { ImportForm } from "./_components/import-form";

type CareTypeRow = Awaited<ReturnType<typeof listQuestionnaires>>[number];

export default async function QuestionnairesPage() {
  const user = await requireRole(["ADMIN"]);
  const [careTypes, t, locale, format] = await Promise.all([listQuestionnaires(user), getTranslations("editor"), getLocale(), getFormatter()]);
  const name = (ct: CareTypeRow) => (locale === "en" ? ct.nameEn : ct.nameNl);
  const version = (ct: CareTypeRow, status: "PUBLISHED" | "DRAFT") => ct.questionnaire?.versions.find((v) => v.status === status);
  const columns: Column<CareTypeRow>[] = [
    { key: "careType", header: t("list.careType"), rowHeader: true, className: "font-medium", cell: name },
    {
      key: "published",
      header: t("list.published"),
      cell: (ct) => {
        const published = version(ct, "PUBLISHED");
        return published
          ? t("list.publishedVersion", { number: published.number, period: published.policyPeriod, date: format.dateTime(published.publishedAt ?? published.updatedAt, { dateStyle: "medium" }) })
          : t("list.none");
      },
    },
    {
      key: "draft",
      header: t("list.draft"),
      cell: (ct) => {
        const draft = version(ct, "DRAFT");
        return draft ? (
          <Link href={`/admin/questionnaires/${ct.key}/draft`} className="text-brand-700 underline">
            {t("list.editDraft", { number: draft.number })}
          </Link>
        ) : (
          t("list.none")
        );
      },
    },
    {
      key: "actions",
      header: <span className="sr-only">{t("list.actions")}</span>,
      cell: (ct) => (
        <Link href={`/admin/questionnaires/${ct.key}`} className="text-brand-700 underline">
          {t("list.versions")}
          <span className="sr-only"> — {name(ct)}</span>
        </Link>
      ),
    },
  ];
  return (
    <div className="space-y-8">
      <PageHeader back={{ href: "/admin", label: t("backToAdmin") }} title={t("list.title")} intro={t("list.intro")} />
      <DataTable caption={t("list.caption")} captionHidden columns={columns} rows={careTypes} rowData={(ct) => ({ "data-care-type": ct.key })} empty={t("list.empty")} />
      <ImportForm />
    </div>
  );
}

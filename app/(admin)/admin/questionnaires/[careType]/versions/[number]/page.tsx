import { notFound, redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { getVersion } from "@/lib/server/services/questionnaire-admin";
import { DefinitionView } from "../../../_components/definition-view";
import { orErrorPage } from "@/lib/server/pages";
import { careTypeParam, versionNumber } from "../../../_components/params";
import { QuestionnairePreview } from "../../../_components/preview";
import { BackLink } from "@/components/ui/page-header";

/** A version read-only, with the provider's view of it. A draft is edited in the editor instead. */
export default async function VersionPage({ params }: { params: Promise<{ careType: string; number: string }> }) {
  const user = await requireRole(["ADMIN"]);
  const p = await params;
  const key = careTypeParam(p.careType);
  const number = versionNumber(p.number);
  if (!number) notFound();
  const [{ version, definition }, t, locale, format] = await Promise.all([orErrorPage(getVersion(user, key, number)), getTranslations("editor"), getLocale(), getFormatter()]);
  if (version.status === "DRAFT") redirect(`/admin/questionnaires/${key}/draft`);
  const careType = version.questionnaire.careType;
  const name = locale === "en" ? careType.nameEn : careType.nameNl;
  return (
    <div className="space-y-6">
      <div>
        <BackLink href={`/admin/questionnaires/${key}`}>{t("backToVersions", { name })}</BackLink>
        <h1 className="text-2xl font-bold">{t("view.title", { name, number })}</h1>
        <p className="text-sm text-slate-700">
          {t("view.readOnly", { date: format.dateTime(version.publishedAt ?? version.updatedAt, { dateStyle: "long" }) })}{" "}
          <a href={`/admin/questionnaires/${key}/versions/${number}/export`} download className="text-brand-700 underline">
            {t("versions.export")}
          </a>
        </p>
      </div>
      <DefinitionView definition={definition} />
      <QuestionnairePreview definition={definition} />
    </div>
  );
}

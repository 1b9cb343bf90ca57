import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { compareVersions } from "@/lib/server/services/questionnaire-admin";
import { isEmptyDiff } from "@/lib/questionnaire/diff";
import { DiffView } from "../../_components/diff-view";
import { orErrorPage } from "@/lib/server/pages";
import { careTypeParam, versionNumber } from "../../_components/params";
import { BackLink } from "@/components/ui/page-header";

export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ careType: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const user = await requireRole(["ADMIN"]);
  const key = careTypeParam((await params).careType);
  const query = await searchParams;
  const [t, locale] = await Promise.all([getTranslations("editor"), getLocale()]);
  const fromNumber = versionNumber(query.from);
  const toNumber = versionNumber(query.to);
  const back = <BackLink href={`/admin/questionnaires/${key}`}>{t("list.versions")}</BackLink>;
  if (!fromNumber || !toNumber) {
    return (
      <div className="space-y-4">
        {back}
        <p role="alert">{t("compare.chooseTwo")}</p>
      </div>
    );
  }
  const { from, to, diff } = await orErrorPage(compareVersions(user, key, fromNumber, toNumber));
  const careType = to.version.questionnaire.careType;
  return (
    <div className="space-y-6">
      {back}
      <h1 className="text-2xl font-bold">{t("compare.heading", { name: locale === "en" ? careType.nameEn : careType.nameNl, from: fromNumber, to: toNumber })}</h1>
      {isEmptyDiff(diff) ? <p>{t("compare.identical")}</p> : <DiffView diff={diff} from={from.definition} to={to.definition} />}
    </div>
  );
}

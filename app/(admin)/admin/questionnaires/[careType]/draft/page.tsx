import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { careTypeVersions, getDraft } from "@/lib/server/services/questionnaire-admin";
import { DraftEditor } from "../../_components/editor";
import { orErrorPage } from "@/lib/server/pages";
import { careTypeParam } from "../../_components/params";
import { BackLink } from "@/components/ui/page-header";

export default async function DraftEditorPage({ params }: { params: Promise<{ careType: string }> }) {
  const user = await requireRole(["ADMIN"]);
  const key = careTypeParam((await params).careType);
  const [{ careType }, draft, t, locale] = await Promise.all([orErrorPage(careTypeVersions(user, key)), getDraft(user, key), getTranslations("editor"), getLocale()]);
  const name = locale === "en" ? careType.nameEn : careType.nameNl;
  return (
    <div className="space-y-6">
      <div>
        <BackLink href={`/admin/questionnaires/${key}`}>{t("backToVersions", { name })}</BackLink>
        <h1 className="text-2xl font-bold">{draft ? t("draftTitle", { name, number: draft.version.number }) : name}</h1>
        {draft && (
          <p className="mt-1 max-w-3xl text-sm text-slate-700">
            {t("draftIntro")}{" "}
            <a href={`/admin/questionnaires/${key}/versions/${draft.version.number}/export`} download className="text-brand-700 underline">
              {t("versions.export")}
            </a>
          </p>
        )}
      </div>
      {draft ? (
        // A new revision from the server (after "reload") starts the editor afresh.
        <DraftEditor key={draft.version.revision} careType={key} careTypeName={name} versionNumber={draft.version.number} definition={draft.definition} revision={draft.version.revision} />
      ) : (
        <p className="rounded-md border border-slate-200 bg-white p-4">
          {t("noDraft")}{" "}
          <Link href={`/admin/questionnaires/${key}`} className="text-brand-700 underline">
            {t("list.versions")}
          </Link>
        </p>
      )}
    </div>
  );
}

import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { can } from "@/lib/auth/permissions";
import { loadDefinition } from "@/lib/server/services/questionnaires";
import { EDITABLE_STATUSES, NotFoundError, findSubmissionFor, loadAnswers, reviewNotes } from "@/lib/server/services/submissions";
import { versionMoveOffer } from "@/lib/server/services/version-move";
import { QuestionnaireWorkspace } from "@/components/questionnaire/workspace";
import { VersionMoveBanner } from "./version-move";

export default async function SubmissionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole(["PROVIDER"]);
  const { id } = await params;
  const submission = await findSubmissionFor(user, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const [definition, { stored, files }, notes, t, locale, moveOffer] = await Promise.all([
    loadDefinition(submission.versionId),
    loadAnswers(submission.id),
    reviewNotes(submission.id),
    getTranslations(),
    getLocale(),
    versionMoveOffer(user, submission.id),
  ]);
  const editable = EDITABLE_STATUSES.includes(submission.status);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-600">
          {definition.insurer} · {definition.policyPeriod} · {submission.organisation.name}
        </p>
        <h1 className="text-2xl font-bold">{definition.title[locale as "nl" | "en"]}</h1>
        <p className="flex flex-wrap items-center gap-3 text-sm">
          <span className="rounded-full bg-slate-200 px-2 py-0.5 font-medium" data-testid="status">
            {t(`status.${submission.status}`)}
          </span>
          <a href={`/api/submissions/${submission.id}/pdf`} className="no-print text-brand-700 underline">
            {t("questionnaire.pdf")}
          </a>
          <a href={`/api/submissions/${submission.id}/calendar`} className="no-print text-brand-700 underline">
            {t("questionnaire.ics")}
          </a>
        </p>
        {submission.status === "CHANGES_REQUESTED" && (
          <p role="status" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
            {t("questionnaire.changesRequested")}
          </p>
        )}
      </header>
      {moveOffer && <VersionMoveBanner submissionId={submission.id} offer={moveOffer} />}
      <QuestionnaireWorkspace
        // After moving to another version the workspace starts afresh on that version's questions.
        key={submission.versionId}
        submissionId={submission.id}
        definition={definition}
        status={submission.status}
        revision={submission.revision}
        editable={editable}
        canSubmit={can(user, "submit:submission:own", submission)}
        submittedAt={submission.submittedAt?.toISOString() ?? null}
        answers={Object.fromEntries(Object.entries(stored).map(([k, a]) => [k, a.value]))}
        meta={Object.fromEntries(Object.entries(stored).map(([k, a]) => [k, { version: a.version, updatedBy: a.updatedBy, updatedAt: a.updatedAt }]))}
        files={files.map((f) => ({ id: f.id, questionKey: f.questionKey, fileName: f.fileName, mimeType: f.mimeType, size: f.size, createdAt: f.createdAt.toISOString(), uploadedBy: f.uploadedBy.name }))}
        notes={notes}
      />
    </div>
  );
}

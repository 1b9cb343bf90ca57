import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { can } from "@/lib/auth/permissions";
import { loadDefinition } from "@/lib/server/services/questionnaires";
import { findSubmissionFor, loadAnswers, reviewNotes } from "@/lib/server/services/submissions";
import { orErrorPage } from "@/lib/server/pages";
import { isEditable } from "@/lib/review/workflow";
import { currentDecision, purchaserDecisions } from "@/lib/server/services/review";
import { versionMoveOffer } from "@/lib/server/services/version-move";
import { QuestionnaireWorkspace } from "@/components/questionnaire/workspace";
import { submitSubmissionAction } from "./actions";
import { VersionMoveBanner } from "./version-move";

export default async function SubmissionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole(["PROVIDER"]);
  const { id } = await params;
  const submission = await orErrorPage(findSubmissionFor(user, id));
  const [definition, { stored, files }, notes, decision, decisions, t, locale, format, moveOffer] = await Promise.all([
    loadDefinition(submission.versionId),
    loadAnswers(submission.id),
    reviewNotes(submission.id),
    currentDecision(submission.id),
    purchaserDecisions(submission.id),
    getTranslations(),
    getLocale(),
    getFormatter(),
    versionMoveOffer(user, submission.id),
  ]);
  const editable = isEditable(submission.status);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-600">
          {definition.insurer} · {definition.policyPeriod} · {submission.organisation.name}
        </p>
        <h1 className="text-2xl font-bold">{definition.title[locale]}</h1>
        <p className="flex flex-wrap items-center gap-3 text-sm">
          <span className="rounded-full bg-slate-200 px-2 py-0.5 font-medium" data-testid="status">
            {t(`status.${submission.status}`)}
          </span>
          <a href={`/api/submissions/${submission.id}/pdf`} className="no-print text-brand-700 underline">
            {t("questionnaire.pdf")}
          </a>
          <a href={`/submissions/${submission.id}/print`} className="no-print text-brand-700 underline">
            {t("print.open")}
          </a>
          <a href={`/api/submissions/${submission.id}/calendar`} className="no-print text-brand-700 underline">
            {t("questionnaire.ics")}
          </a>
        </p>
        {decision && (
          <div
            role="status"
            data-testid="decision"
            className={`space-y-1 rounded-md border p-3 text-sm ${decision.status === "APPROVED" ? "border-green-400 bg-green-50" : decision.status === "REJECTED" ? "border-red-400 bg-red-50" : "border-amber-400 bg-amber-50"}`}
          >
            <p className="font-medium">
              {t(`questionnaire.decision.${decision.status}`, { name: decision.by, date: format.dateTime(decision.at, { dateStyle: "long", timeStyle: "short" }) })}
            </p>
            {decision.reason && (
              <>
                <p className="font-medium">{t("questionnaire.decision.message")}:</p>
                <p className="whitespace-pre-wrap">{decision.reason}</p>
              </>
            )}
          </div>
        )}
      </header>
      {moveOffer && <VersionMoveBanner submissionId={submission.id} offer={moveOffer} />}
      <QuestionnaireWorkspace
        // After moving to another version the workspace starts afresh on that version's questions.
        key={submission.versionId}
        submissionId={submission.id}
        submit={submitSubmissionAction}
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
        decisions={decisions}
      />
    </div>
  );
}

import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { submissionReview } from "@/lib/server/services/review";
import { orErrorPage } from "@/lib/server/pages";
import { isReviewable } from "@/lib/review/workflow";
import { formatAnswer } from "@/lib/questionnaire/format-answer";
import { regionName } from "@/lib/regions";
import { ProcedureTimeline } from "@/components/questionnaire/timeline";
import { DataTable, type Column } from "@/components/ui/data-table";
import { SubmissionStatusBadge } from "@/components/review/submission-status-badge";
import { Section } from "@/components/ui/section";
import { BackLink } from "@/components/ui/page-header";
import { AnswerReviewForm } from "./answer-review-form";
import { DecisionPanel } from "./decision-panel";
import { ExceptionDecisionForm } from "./exception-decision-form";
import { ReviewChecklist } from "./review-checklist";

export default async function ReviewSubmissionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("review:submission:any", undefined, "page");
  const { id } = await params;
  const data = await orErrorPage(submissionReview(user, id));
  const [t, lang, format] = await Promise.all([getTranslations(), getLocale(), getFormatter()]);
  const { submission, definition: def, answers, files, checklist, changedSinceSubmission, exceptionDecisions, events, notes, changes, openChanges } = data;
  const exceptions = checklist.conditions.filter((r) => r.condition.legalClass === "purchaserDecides" && r.status !== "notApplicable");
  const conditionText = new Map(def.conditions.map((c) => [c.key, c.text[lang]]));
  const org = submission.organisation;
  const visible = new Set(checklist.visibleQuestions);
  const questions = new Map(def.sections.flatMap((s) => s.questions).map((q) => [q.key, q]));
  const fileNames = Object.fromEntries(files.map((f) => [f.id, f.fileName]));
  const answerText = (key: string, value = answers[key]) => formatAnswer(questions.get(key)!, value, lang, { fileNames });
  const changed = new Set(changes?.keys ?? []);
  const reviewable = isReviewable(submission.status);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  const lastDecision = events.findLast((e) => e.toStatus === submission.status && e.fromStatus !== null);
  const historyColumns: Column<(typeof events)[number]>[] = [
    { key: "when", header: t("review.submission.historyColumns.when"), className: "whitespace-nowrap", cell: (e) => when(e.createdAt) },
    { key: "change", header: t("review.submission.historyColumns.change"), cell: (e) => t(`status.${e.toStatus}`) },
    { key: "by", header: t("review.submission.historyColumns.by"), cell: (e) => `${e.actor.name} (${t(`roles.${e.actor.role}`)})` },
    { key: "note", header: t("review.submission.historyColumns.note"), className: "whitespace-pre-wrap", cell: (e) => e.reason ?? "" },
  ];

  return (
    <div className="space-y-6">
      <BackLink href="/review" className="no-print">
        {t("review.submission.back")}
      </BackLink>
      <header className="space-y-2">
        <p className="text-sm text-slate-600">
          {def.careType.name[lang]} · {def.insurer} · {def.policyPeriod}
        </p>
        <h1 className="text-2xl font-bold">{org.name}</h1>
        <p className="flex flex-wrap items-center gap-3 text-sm">
          <SubmissionStatusBadge status={submission.status} label={t(`status.${submission.status}`)} testId="status" />
          {submission.submittedAt && (
            <span>
              {t("review.submission.submittedAt")} {when(submission.submittedAt)}
            </span>
          )}
          <a href={`/api/submissions/${submission.id}/pdf`} className="no-print text-brand-700 underline">
            {t("review.submission.pdf")}
          </a>
          <a href={`/api/review/export/answers?id=${submission.id}`} className="no-print text-brand-700 underline">
            {t("review.submission.csv")}
          </a>
        </p>
      </header>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6">
          {changes && (
            <Section titleId="changes-title" title={t("review.submission.changesTitle", { date: when(changes.reviewedAt) })} className="space-y-2 rounded-md border-l-4 border-amber-600 bg-amber-50 p-4" data-testid="changes">
              {changes.keys.length ? (
                <>
                  <p className="text-sm">{t("review.submission.changesIntro", { name: changes.reviewer })}</p>
                  <ul className="list-disc space-y-1 pl-5 text-sm">
                    {changes.keys.map((key) => {
                      const q = questions.get(key);
                      if (!q) return null;
                      return (
                        <li key={key} data-changed={key}>
                          <a href={`#q-${key}-block`} className="font-medium text-brand-700 underline">
                            {q.label[lang]}
                          </a>
                          {q.kind !== "file" && (
                            <>
                              : {t("review.submission.before")} <del>{answerText(key, changes.before[key])}</del> → {t("review.submission.now")} <ins>{answerText(key)}</ins>
                            </>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </>
              ) : (
                <p className="text-sm">{t("review.submission.changesNone", { name: changes.reviewer, date: when(changes.reviewedAt) })}</p>
              )}
            </Section>
          )}

          <Section titleId="organisation-title" title={t("review.submission.organisation")} className="rounded-md border border-slate-200 bg-white p-4">
            <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="font-medium">{t("review.submission.name")}</dt>
              <dd>{org.name}</dd>
              <dt className="font-medium">{t("review.submission.kvk")}</dt>
              <dd>{org.kvkNumber}</dd>
              <dt className="font-medium">{t("review.submission.agb")}</dt>
              <dd>{org.agbCode ?? "—"}</dd>
              <dt className="font-medium">{t("review.submission.region")}</dt>
              <dd>{regionName(org.region)}</dd>
              <dt className="font-medium">{t("review.submission.questionnaire")}</dt>
              <dd>{t("review.submission.version", { title: def.title[lang], number: submission.version.number })}</dd>
            </dl>
          </Section>

          {def.sections
            .filter((s) => checklist.visibleSections.includes(s.key))
            .map((section, index) => (
              <section key={section.key} aria-labelledby={`section-${section.key}`} className="space-y-3">
                <h2 id={`section-${section.key}`} className="text-xl font-semibold">
                  {index + 1}. {section.title[lang]}
                </h2>
                {section.questions
                  .filter((q) => visible.has(q.key))
                  .map((q) => {
                    const questionFiles = files.filter((f) => f.questionKey === q.key);
                    const questionNotes = notes.filter((n) => n.questionKey === q.key);
                    return (
                      <div
                        key={q.key}
                        id={`q-${q.key}-block`}
                        tabIndex={-1}
                        data-question={q.key}
                        className={`scroll-mt-24 space-y-2 rounded-md border bg-white p-4 ${changed.has(q.key) ? "border-amber-500" : "border-slate-200"}`}
                      >
                        <h3 className="font-medium">
                          {q.label[lang]}
                          {changed.has(q.key) && <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">{t("review.submission.changed")}</span>}
                        </h3>
                        {q.kind === "file" ? (
                          questionFiles.length ? (
                            <ul aria-label={t("review.submission.files")} className="space-y-1 text-sm">
                              {questionFiles.map((f) => (
                                <li key={f.id}>
                                  <a href={`/api/evidence/${encodeURIComponent(f.id)}`} download={f.fileName} className="font-medium text-brand-700 underline">
                                    {f.fileName}
                                  </a>{" "}
                                  <span className="text-slate-600">
                                    ({format.number(Math.max(1, Math.round(f.size / 1024)))} KB · {f.uploadedBy.name}, {format.dateTime(f.createdAt, { dateStyle: "medium" })})
                                  </span>
                                </li>
                              ))}
                            </ul>
                          ) : (
                            <p className="text-sm text-slate-600">{t("review.submission.noFiles")}</p>
                          )
                        ) : (
                          <p className="whitespace-pre-wrap" data-testid="answer">
                            {answerText(q.key)}
                          </p>
                        )}
                        {changed.has(q.key) && q.kind !== "file" && (
                          <p className="text-sm text-slate-700">
                            {t("review.submission.before")}: <del>{answerText(q.key, changes!.before[q.key])}</del>
                          </p>
                        )}
                        {questionNotes.length > 0 && (
                          <div className="space-y-1">
                            <h4 className="text-sm font-medium">{t("review.submission.notes")}</h4>
                            <ul className="space-y-1" data-testid="notes">
                              {questionNotes.map((n) => (
                                <li key={n.id} className={`rounded border-l-4 p-2 text-sm ${n.verdict === "NEEDS_CHANGE" ? "border-amber-600 bg-amber-50" : "border-green-700 bg-green-50"}`}>
                                  {n.verdict && <p className="font-medium">{t(`review.submission.${n.verdict}`)}</p>}
                                  {n.comment && <p className="whitespace-pre-wrap">{n.comment}</p>}
                                  <p className="text-xs text-slate-600">{t("review.submission.noteBy", { name: n.author, date: when(n.createdAt) })}</p>
                                </li>
                              ))}
                            </ul>
                          </div>
                        )}
                        {reviewable && (
                          <details className="no-print rounded border border-slate-200 p-2">
                            <summary className="cursor-pointer text-sm font-medium text-brand-700">
                              {t("review.submission.review")}
                              <span className="sr-only">: {q.label[lang]}</span>
                            </summary>
                            <div className="mt-2">
                              <AnswerReviewForm submissionId={submission.id} questionKey={q.key} />
                            </div>
                          </details>
                        )}
                      </div>
                    );
                  })}
              </section>
            ))}

          {exceptions.length > 0 && (
            <Section titleId="exceptions-title" title={t("review.submission.exceptionsTitle")} className="space-y-3 rounded-md border border-violet-300 bg-white p-4" data-testid="exceptions">
              <p className="text-sm">{t("review.submission.exceptionsIntro")}</p>
              <ul className="space-y-3">
                {exceptions.map((r) => {
                  const decided = exceptionDecisions.find((d) => d.conditionKey === r.condition.key);
                  return (
                    <li key={r.condition.key} data-exception={r.condition.key} className="space-y-2 rounded border-l-4 border-violet-600 bg-violet-50 p-3 text-sm">
                      <p className="font-medium">{r.condition.text[lang]}</p>
                      <p className="text-xs text-slate-700">
                        {t("checklist.basis")}: “{r.condition.basis.heading}”{r.condition.basis.sentence ? ` — “${r.condition.basis.sentence}”` : ""}
                      </p>
                      {decided ? (
                        <p data-testid="exception-outcome">
                          {t("review.submission.exceptionDecided", {
                            outcome: t(decided.granted ? "review.submission.granted" : "review.submission.refused"),
                            name: decided.by,
                            date: when(decided.at),
                            reason: decided.reason,
                          })}
                        </p>
                      ) : (
                        r.status === "notMet" && <p>{t("review.submission.noClaim")}</p>
                      )}
                      {reviewable && (r.status !== "notMet" || decided) && <ExceptionDecisionForm submissionId={submission.id} conditionKey={r.condition.key} />}
                    </li>
                  );
                })}
              </ul>
            </Section>
          )}

          <Section titleId="decision-title" title={t("review.submission.decision")} className="space-y-3 rounded-md border border-slate-300 bg-white p-4" id="decision">
            {reviewable ? (
              <DecisionPanel submissionId={submission.id} revision={submission.revision} status={submission.status} openChanges={openChanges.length} />
            ) : (
              lastDecision && (
                <div className="space-y-1" data-testid="decided">
                  <p>{t("review.submission.decided", { status: t(`status.${submission.status}`), name: lastDecision.actor.name, date: when(lastDecision.createdAt) })}</p>
                  {lastDecision.reason && <p className="whitespace-pre-wrap text-sm">{lastDecision.reason}</p>}
                </div>
              )
            )}
          </Section>

          <Section titleId="history-title" title={t("review.submission.history")}>
            <DataTable labelledBy="history-title" testId="history" columns={historyColumns} rows={events} empty={t("review.submission.historyEmpty")} />
          </Section>
        </div>

        <aside className="space-y-6 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          {submission.submittedAt && <p className="text-xs text-slate-600">{t("review.submission.verdictNote", { date: when(submission.submittedAt) })}</p>}
          <ReviewChecklist result={checklist} documentTitle={def.document.title} />
          {changedSinceSubmission.length > 0 && (
            <Section titleId="changed-since-title" title={t("review.submission.changedSinceTitle")} className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm" data-testid="changed-since">
              <p>{t("review.submission.changedSinceIntro")}</p>
              <ul className="list-disc space-y-1 pl-5">
                {changedSinceSubmission.map((c) => (
                  <li key={c.key} data-condition={c.key}>
                    {t("review.submission.changedSinceItem", {
                      condition: conditionText.get(c.key) ?? c.key,
                      then: t(`checklist.statuses.${c.then}`),
                      now: t(`checklist.statuses.${c.now}`),
                    })}
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <ProcedureTimeline timeline={checklist.timeline} calendarHref={`/api/submissions/${submission.id}/calendar`} />
        </aside>
      </div>
    </div>
  );
}

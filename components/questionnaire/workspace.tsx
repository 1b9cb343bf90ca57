"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { evaluateChecklist, type PurchaserDecisions } from "@/lib/checklist/engine";
import { evaluationMoment } from "@/lib/checklist/reference";
import { fromInput, parseAnswer, toInput } from "@/lib/questionnaire/answers";
import { buildFormSchema, type RawInput } from "@/lib/questionnaire/form-schema";
import { formatAnswer } from "@/lib/questionnaire/format-answer";
import { KINDS } from "@/lib/questionnaire/kinds";
import type { AnswerValue, Answers, QuestionnaireDefinition } from "@/lib/questionnaire/schema";
import { Button } from "@/components/ui/button";
import { ChecklistPanel } from "./checklist-panel";
import { EvidenceUpload, type EvidenceFileView } from "./evidence-upload";
import { QuestionField, type ReviewNote } from "./question-field";
import { ProcedureTimeline } from "./timeline";
import { SubmitPanel, type SubmitAction } from "./submit-panel";
import { useAutosave, type AnswerMeta } from "./use-autosave";
import { useValidationMessage } from "@/components/ui/use-validation-message";

export interface WorkspaceProps {
  submissionId: string;
  /** The server action that submits (the page's). */
  submit: SubmitAction;
  definition: QuestionnaireDefinition;
  status: string;
  revision: number;
  editable: boolean;
  canSubmit: boolean;
  submittedAt: string | null;
  /** The purchaser's decisions on exceptions ("decided by the purchaser"), per condition key. */
  decisions: PurchaserDecisions;
  answers: Record<string, AnswerValue | null>;
  meta: Record<string, AnswerMeta>;
  files: (EvidenceFileView & { questionKey: string })[];
  notes: Record<string, ReviewNote[]>;
}

export function QuestionnaireWorkspace(props: WorkspaceProps) {
  const { definition: def, submissionId, editable } = props;
  const t = useTranslations();
  const validationMessage = useValidationMessage();
  const locale = useLocale();
  const format = useFormatter();
  const questions = useMemo(() => new Map(def.sections.flatMap((s) => s.questions).map((q) => [q.key, q])), [def]);
  const [answers, setAnswers] = useState<Record<string, AnswerValue | null>>(props.answers);
  const [files, setFiles] = useState(props.files);
  // A submitted form is judged as at its submission; a draft as at now, capped at the answer window.
  const moment = useMemo(
    () => evaluationMoment(def, { submittedAt: props.editable || !props.submittedAt ? null : new Date(props.submittedAt), now: new Date() }),
    [def, props.editable, props.submittedAt],
  );

  const engineAnswers: Answers = useMemo(() => {
    const a: Record<string, AnswerValue | null> = { ...answers };
    for (const f of files) a[f.questionKey] = [...((a[f.questionKey] as string[] | undefined) ?? []), f.id];
    return a;
  }, [answers, files]);
  const result = useMemo(() => evaluateChecklist(def, engineAnswers, moment, props.decisions), [def, engineAnswers, moment, props.decisions]);
  const visible = useMemo(() => new Set(result.visibleQuestions), [result.visibleQuestions]);

  // The form's schema follows what is visible now; a ref lets the resolver read the latest.
  const visibleRef = useRef(visible);
  visibleRef.current = visible;
  const resolver = useCallback(
    (values: Record<string, unknown>, context: unknown, options: Parameters<ReturnType<typeof zodResolver>>[2]) =>
      zodResolver(buildFormSchema(def, visibleRef.current, false))(values, context, options as never),
    [def],
  );
  const defaultValues = useMemo(
    () => Object.fromEntries([...questions.values()].filter((q) => !KINDS[q.kind].upload).map((q) => [q.key, toInput(q, props.answers[q.key], locale)])),
    // Only the initial values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const form = useForm<Record<string, unknown>>({ defaultValues, resolver, mode: "onChange" });
  const { register, watch, setError, clearErrors, setValue, formState } = form;

  const onInvalid = useCallback((key: string, message: string) => setError(key, { message }), [setError]);
  const onRestore = useCallback(
    (values: Record<string, AnswerValue | null>) => {
      setAnswers((a) => ({ ...a, ...values }));
      for (const [key, value] of Object.entries(values)) {
        const q = questions.get(key);
        if (q) setValue(key, toInput(q, value, locale));
      }
    },
    [questions, setValue, locale],
  );
  const autosave = useAutosave({ submissionId, initialMeta: props.meta, enabled: editable, onInvalid, onRestore });

  // Every change: validate with the question's schema, update the checklist at once, queue the save.
  useEffect(() => {
    // watch() with a callback subscribes; this project does not use the React Compiler's memoizing.
    // eslint-disable-next-line react-hooks/incompatible-library
    const sub = watch((values, { name, type }) => {
      if (!name || type !== "change") return;
      const q = questions.get(name);
      if (!q) return;
      const value = fromInput(q, values[name] as RawInput);
      const parsed = parseAnswer(q, Array.isArray(value) && value.length === 0 ? null : value);
      if (!parsed.ok) return; // the resolver shows the message; nothing invalid is saved
      clearErrors(name);
      setAnswers((a) => ({ ...a, [name]: parsed.value }));
      autosave.change(name, parsed.value);
    });
    return () => sub.unsubscribe();
  }, [watch, questions, clearErrors, autosave]);

  const visibleSections = def.sections.filter((s) => result.visibleSections.includes(s.key));
  const [current, setCurrent] = useState(visibleSections[0]?.key ?? def.sections[0]!.key);
  const section = visibleSections.find((s) => s.key === current) ?? visibleSections[0]!;
  const sectionIndex = visibleSections.indexOf(section);

  const goTo = useCallback(
    (questionKey: string) => {
      const owner = def.sections.find((s) => s.questions.some((q) => q.key === questionKey));
      if (owner) setCurrent(owner.key);
      setTimeout(() => {
        const block = document.getElementById(`q-${questionKey}-block`);
        block?.scrollIntoView({ behavior: "smooth", block: "start" });
        const focusable = document.getElementById(`q-${questionKey}`) ?? block?.querySelector<HTMLElement>("input,select,textarea");
        focusable?.focus({ preventScroll: true });
      }, 50);
    },
    [def],
  );

  const errorText = (key: string) => {
    const message = formState.errors[key]?.message;
    if (!message) return undefined;
    const q = questions.get(key)!;
    const { min, max } = KINDS[q.kind].limits(q);
    return validationMessage(message, { min: min ?? 0, max: max ?? 100 });
  };

  const progressFor = (sectionKey: string) => {
    const s = def.sections.find((x) => x.key === sectionKey)!;
    const req = s.questions.filter((q) => q.required && visible.has(q.key) && !KINDS[q.kind].upload);
    return { answered: req.filter((q) => !result.missingRequired.includes(q.key)).length, required: req.length };
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[14rem_minmax(0,1fr)_22rem]">
      <nav aria-label={t("questionnaire.sections")} className="no-print lg:sticky lg:top-4 lg:self-start">
        <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600">{t("questionnaire.sections")}</h2>
        <ol className="space-y-1">
          {visibleSections.map((s, i) => {
            const p = progressFor(s.key);
            return (
              <li key={s.key}>
                <button
                  type="button"
                  onClick={() => setCurrent(s.key)}
                  aria-current={s.key === section.key ? "step" : undefined}
                  className={`flex w-full justify-between gap-2 rounded px-2 py-1 text-left text-sm ${s.key === section.key ? "bg-brand-700 text-white" : "hover:bg-slate-100"}`}
                >
                  <span>
                    {i + 1}. {s.title[locale]}
                  </span>
                  <span className="shrink-0">{t("questionnaire.sectionProgress", p)}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      <div className="min-w-0 space-y-4">
        <SaveStatus autosave={autosave} editable={editable} />
        {autosave.conflicts.map((c) => (
          <div key={c.questionKey} role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm" data-testid="conflict">
            <p className="font-semibold">
              {t("questionnaire.conflictTitle")}: {questions.get(c.questionKey)?.label[locale]}
            </p>
            <p>
              {t("questionnaire.conflictText", {
                name: c.current?.updatedBy ?? "?",
                date: c.current ? format.dateTime(new Date(c.current.updatedAt), { dateStyle: "long", timeStyle: "short" }) : "",
                value: formatAnswer(questions.get(c.questionKey)!, c.current?.value ?? null, locale),
              })}
            </p>
            <div className="mt-2 flex gap-2">
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  const theirs = autosave.resolveConflict(c.questionKey, "theirs") ?? null;
                  setAnswers((a) => ({ ...a, [c.questionKey]: theirs }));
                  setValue(c.questionKey, toInput(questions.get(c.questionKey)!, theirs, locale));
                }}
              >
                {t("questionnaire.conflictReload")}
              </Button>
              <Button type="button" variant="secondary" onClick={() => autosave.resolveConflict(c.questionKey, "mine")}>
                {t("questionnaire.conflictKeepMine")}
              </Button>
            </div>
          </div>
        ))}

        <section aria-labelledby="section-title" className="space-y-4">
          <h2 id="section-title" className="text-xl font-semibold">
            {sectionIndex + 1}. {section.title[locale]}
          </h2>
          {section.description && <p className="text-slate-700">{section.description[locale]}</p>}
          <form noValidate onSubmit={(e) => e.preventDefault()} className="space-y-4">
            {section.questions
              .filter((q) => visible.has(q.key))
              .map((q) => (
                <QuestionField
                  key={q.key}
                  question={q}
                  register={register}
                  error={errorText(q.key)}
                  disabled={!editable}
                  meta={autosave.meta[q.key]}
                  documentTitle={def.document.title}
                  notes={props.notes[q.key] ?? []}
                >
                  {q.kind === "file" && (
                    <EvidenceUpload
                      submissionId={submissionId}
                      questionKey={q.key}
                      labelId={`q-${q.key}-label`}
                      files={files.filter((f) => f.questionKey === q.key)}
                      editable={editable}
                      onChange={(next) =>
                        setFiles((all) => [...all.filter((f) => f.questionKey !== q.key), ...next.map((f) => ({ ...f, questionKey: q.key }))])
                      }
                    />
                  )}
                </QuestionField>
              ))}
          </form>
          <div className="no-print flex justify-between">
            <Button type="button" variant="secondary" disabled={sectionIndex <= 0} onClick={() => setCurrent(visibleSections[sectionIndex - 1]!.key)}>
              {t("questionnaire.previous")}
            </Button>
            <Button
              type="button"
              variant="secondary"
              disabled={sectionIndex >= visibleSections.length - 1}
              onClick={() => setCurrent(visibleSections[sectionIndex + 1]!.key)}
            >
              {t("questionnaire.next")}
            </Button>
          </div>
        </section>

        <SubmitPanel
          submit={props.submit}
          submissionId={submissionId}
          revision={props.revision}
          status={props.status}
          editable={editable}
          canSubmit={props.canSubmit}
          submittedAt={props.submittedAt}
          saved={autosave.state === "saved"}
          missing={result.missingRequired.map((key) => ({ key, label: questions.get(key)!.label[locale] }))}
          unmetHard={result.conditions.filter((r) => r.status === "notMet" && r.condition.legalClass === "contract").map((r) => r.condition.text[locale])}
          evidenceMissing={result.conditions.filter((r) => r.status === "evidenceMissing").map((r) => r.condition.text[locale])}
          onGoTo={goTo}
        />
        <p className="no-print">
          <Link href="/dashboard" className="text-sm text-brand-700 underline">
            {t("questionnaire.back")}
          </Link>
        </p>
      </div>

      <aside className="space-y-6 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
        <ChecklistPanel result={result} documentTitle={def.document.title} onGoTo={goTo} />
        <ProcedureTimeline timeline={result.timeline} calendarHref={`/api/submissions/${submissionId}/calendar`} />
      </aside>
    </div>
  );
}

function SaveStatus({ autosave, editable }: { autosave: ReturnType<typeof useAutosave>; editable: boolean }) {
  const t = useTranslations("questionnaire");
  if (!editable) return null;
  const problem = ["failed", "offline", "conflict", "unauthenticated", "notEditable"].includes(autosave.state);
  return (
    <div
      role={problem ? "alert" : "status"}
      aria-live={problem ? "assertive" : "polite"}
      data-testid="save-state"
      data-state={autosave.state}
      className={`no-print sticky top-0 z-10 flex items-center justify-between rounded-md border px-3 py-2 text-sm ${problem ? "border-red-300 bg-red-50 text-red-900" : "border-slate-200 bg-white text-slate-700"}`}
    >
      <span>{t(`saveState.${autosave.state}`)}</span>
      {(autosave.state === "failed" || autosave.state === "offline") && (
        <button type="button" className="font-medium underline" onClick={() => void autosave.retryNow()}>
          {t("retryNow")}
        </button>
      )}
    </div>
  );
}

"use client";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import { evaluateChecklist } from "@/lib/checklist/engine";
import { evaluationMoment } from "@/lib/checklist/reference";
import { fromInput, parseAnswer } from "@/lib/questionnaire/answers";
import type { RawInput } from "@/lib/questionnaire/form-schema";
import type { AnswerValue, QuestionnaireDefinition } from "@/lib/questionnaire/schema";
import { ChecklistPanel } from "@/components/questionnaire/checklist-panel";
import { QuestionField } from "@/components/questionnaire/question-field";
import { ProcedureTimeline } from "@/components/questionnaire/timeline";
import { Button } from "@/components/ui/button";

/** A stand-in file id: the preview stores nothing, it only lets file rules see "a file is there". */
const PREVIEW_FILE = "preview";

/**
 * The questionnaire as a provider sees it, with the checklist and timeline reacting to answers typed
 * here. Nothing is saved; answers live in this component only.
 */
export function QuestionnairePreview({ definition: def, unsaved = false }: { definition: QuestionnaireDefinition; unsaved?: boolean }) {
  const t = useTranslations("editor.preview");
  const locale = useLocale();
  const questions = useMemo(() => new Map(def.sections.flatMap((s) => s.questions).map((q) => [q.key, q])), [def]);
  const [answers, setAnswers] = useState<Record<string, AnswerValue | null>>({});
  // A preview is a draft answered now: as of now, capped at the answer window.
  const moment = useMemo(() => evaluationMoment(def, { now: new Date() }), [def]);
  const result = useMemo(() => evaluateChecklist(def, answers, moment), [def, answers, moment]);
  const visible = useMemo(() => new Set(result.visibleQuestions), [result.visibleQuestions]);
  const { register, watch, reset } = useForm<Record<string, unknown>>();

  useEffect(() => {
    // watch() with a callback subscribes, as in the provider's workspace.
    // eslint-disable-next-line react-hooks/incompatible-library
    const sub = watch((values, { name }) => {
      const q = name ? questions.get(name) : undefined;
      if (!q || q.kind === "file") return;
      const value = fromInput(q, values[name!] as RawInput);
      const parsed = parseAnswer(q, Array.isArray(value) && value.length === 0 ? null : value);
      setAnswers((a) => ({ ...a, [q.key]: parsed.ok ? parsed.value : null }));
    });
    return () => sub.unsubscribe();
  }, [watch, questions]);

  const goTo = useCallback((key: string) => {
    const block = document.getElementById(`q-${key}-block`);
    block?.scrollIntoView({ behavior: "smooth", block: "start" });
    (document.getElementById(`q-${key}`) ?? block?.querySelector<HTMLElement>("input,select,textarea"))?.focus({ preventScroll: true });
  }, []);

  return (
    <section aria-labelledby="preview-title" className="space-y-4 rounded-md border-2 border-dashed border-slate-300 p-4" data-testid="preview">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h2 id="preview-title" className="text-xl font-semibold">
            {t("title")}
          </h2>
          <p className="text-sm text-slate-700">{t("intro")}</p>
          {unsaved && (
            <p className="mt-1 text-sm font-medium text-amber-800" data-testid="preview-unsaved">
              {t("unsaved")}
            </p>
          )}
        </div>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            reset({});
            setAnswers({});
          }}
        >
          {t("clear")}
        </Button>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <form noValidate onSubmit={(e) => e.preventDefault()} className="min-w-0 space-y-6">
          <h3 className="text-lg font-semibold">{def.title[locale]}</h3>
          {def.sections
            .filter((s) => result.visibleSections.includes(s.key))
            .map((s, i) => (
              <section key={s.key} aria-labelledby={`preview-section-${s.key}`} className="space-y-3">
                <h4 id={`preview-section-${s.key}`} className="font-semibold">
                  {i + 1}. {s.title[locale]}
                </h4>
                {s.description && <p className="text-sm text-slate-700">{s.description[locale]}</p>}
                {s.questions
                  .filter((q) => visible.has(q.key))
                  .map((q) => (
                    <QuestionField key={q.key} question={q} register={register} disabled={false} documentTitle={def.document.title} notes={[]}>
                      {q.kind === "file" && (
                        <label className="flex items-center gap-2 text-sm">
                          <input
                            type="checkbox"
                            checked={Array.isArray(answers[q.key]) && (answers[q.key] as string[]).length > 0}
                            onChange={(e) => setAnswers((a) => ({ ...a, [q.key]: e.target.checked ? [PREVIEW_FILE] : null }))}
                            className="h-4 w-4"
                          />
                          {t("fileUploaded")}
                        </label>
                      )}
                    </QuestionField>
                  ))}
              </section>
            ))}
        </form>
        <aside className="space-y-6">
          <ChecklistPanel result={result} documentTitle={def.document.title} onGoTo={goTo} />
          <ProcedureTimeline timeline={result.timeline} />
        </aside>
      </div>
    </section>
  );
}

"use client";
import { useCallback, useMemo, useState } from "react";
import { useRouter, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Confirm, FormError } from "@/components/ui/confirm";
import { issueTarget, itemId, moveKeyed, parseItemId, removeKeyed, saveQuestion, saveSection, upsertKeyed, type EditorItem } from "@/lib/questionnaire/draft";
import type { SectionHeader } from "@/lib/questionnaire/diff";
import type { metaSchema } from "@/lib/questionnaire/editor-forms";
import type { Condition, ProcedureDate, Question, QuestionnaireDefinition } from "@/lib/questionnaire/schema";
import { validateQuestionnaire } from "@/lib/questionnaire/validate";
import { discardDraftAction, publishDraftAction, saveDraftAction, type IssueView } from "../actions";
import { ConditionForm, DateForm, MetaForm, QuestionForm, SectionForm } from "./item-forms";
import { IssueList } from "./issue-list";
import { QuestionnairePreview } from "./preview";
import { renderMessage } from "@/lib/i18n/message";
import type { ValidationIssue } from "@/lib/questionnaire/validate";

type Meta = ReturnType<typeof metaSchema.parse>;

type Creating = { type: "section" } | { type: "question"; section: string } | { type: "condition" } | { type: "procedureDate" };

type Status = { kind: "idle" | "saving" | "saved" } | { kind: "error"; message: string; issues?: IssueView[]; conflict?: boolean };

/**
 * The draft editor. The definition lives here; every change (an item's form, a move, a delete) is
 * saved at once as a whole definition with the revision it was based on, so a colleague's save in
 * between is noticed rather than overwritten. The selected item is in the URL (`?item=`), so the
 * publish check can link to it.
 */
export function DraftEditor(props: { careType: string; careTypeName: string; versionNumber: number; definition: QuestionnaireDefinition; revision: number }) {
  const t = useTranslations("editor");
  const tClass = useTranslations("legalClasses");
  const locale = useLocale();
  const router = useRouter();
  const searchParams = useSearchParams();
  const [def, setDef] = useState(props.definition);
  const [revision, setRevision] = useState(props.revision);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [creating, setCreating] = useState<Creating | null>(null);
  /** The definition with the item being edited as it stands in its form, for the preview. */
  const [pending, setPending] = useState<QuestionnaireDefinition | null>(null);
  const selected = creating ? null : parseItemId(searchParams.get("item"));
  const busy = status.kind === "saving";

  const select = useCallback((item: EditorItem | null) => {
    setCreating(null);
    setPending(null);
    // Only the URL changes: no round trip to the server for choosing an item.
    window.history.replaceState(null, "", item ? `?item=${itemId(item)}` : window.location.pathname);
  }, []);

  const create = (c: Creating) => {
    select(null);
    setCreating(c);
  };

  /** Saves the next definition; on success selects `then` (or keeps the selection). */
  const commit = async (next: QuestionnaireDefinition, then?: EditorItem | null): Promise<boolean> => {
    setStatus({ kind: "saving" });
    try {
      const result = await saveDraftAction(props.careType, next, revision);
      if (!result.ok) {
        setStatus({ kind: "error", message: result.message, issues: result.issues, conflict: !result.issues });
        return false;
      }
      setDef(next);
      setPending(null);
      setRevision(result.revision);
      setStatus({ kind: "saved" });
      if (then !== undefined) select(then);
      return true;
    } catch {
      setStatus({ kind: "error", message: t("errors.network") });
      return false;
    }
  };

  const check = useMemo(() => validateQuestionnaire(def), [def]);
  const issues = check.ok ? [] : check.issues;
  const sectionOf = (questionKey: string) => def.sections.find((s) => s.questions.some((q) => q.key === questionKey));

  /** Hooks one item form up: `build` makes the next definition from the form's item, for saving and for the preview. */
  function wire<T>(build: (value: T) => QuestionnaireDefinition, selectAfter: (value: T) => EditorItem) {
    return {
      onSave: (value: T) => commit(build(value), selectAfter(value)),
      onPreview: (value: T | null) => setPending(value ? build(value) : null),
    };
  }

  const form = (() => {
    const common = { definition: def, busy, onCancel: () => select(null) };
    const key = `${creating ? `new-${creating.type}` : selected ? itemId(selected) : "none"}@${revision}`;
    if (creating?.type === "section" || selected?.type === "section") {
      const original = selected?.type === "section" ? def.sections.find((s) => s.key === selected.key) : undefined;
      if (selected && !original) return <Missing />;
      return (
        <SectionForm
          key={key}
          {...common}
          item={original}
          {...wire((header: SectionHeader) => saveSection(def, original?.key ?? null, header), (header) => ({ type: "section", key: header.key }))}
          onDelete={original && def.sections.length > 1 ? () => commit({ ...def, sections: removeKeyed(def.sections, original.key) }, null) : undefined}
        />
      );
    }
    if (creating?.type === "question" || selected?.type === "question") {
      const owner = selected?.type === "question" ? sectionOf(selected.key) : undefined;
      const original = owner?.questions.find((q) => q.key === (selected as { key: string }).key);
      if (selected && !original) return <Missing />;
      const section = owner?.key ?? (creating as { section: string }).section;
      return (
        <QuestionForm
          key={key}
          {...common}
          section={section}
          item={original && { section, question: original }}
          {...wire(
            ({ section: target, question }: { section: string; question: Question }) => saveQuestion(def, original?.key ?? null, target, question),
            ({ question }) => ({ type: "question", key: question.key }),
          )}
          onDelete={
            original
              ? () => commit({ ...def, sections: def.sections.map((s) => ({ ...s, questions: removeKeyed(s.questions, original.key) })) }, null)
              : undefined
          }
        />
      );
    }
    if (creating?.type === "condition" || selected?.type === "condition") {
      const original = selected?.type === "condition" ? def.conditions.find((c) => c.key === selected.key) : undefined;
      if (selected && !original) return <Missing />;
      return (
        <ConditionForm
          key={key}
          {...common}
          item={original}
          {...wire((c: Condition) => ({ ...def, conditions: upsertKeyed(def.conditions, original?.key ?? null, c) }), (c) => ({ type: "condition", key: c.key }))}
          onDelete={original ? () => commit({ ...def, conditions: removeKeyed(def.conditions, original.key) }, null) : undefined}
        />
      );
    }
    if (creating?.type === "procedureDate" || selected?.type === "procedureDate") {
      const original = selected?.type === "procedureDate" ? def.procedureDates.find((d) => d.key === selected.key) : undefined;
      if (selected && !original) return <Missing />;
      return (
        <DateForm
          key={key}
          {...common}
          item={original}
          {...wire(
            (d: ProcedureDate) => ({ ...def, procedureDates: upsertKeyed(def.procedureDates, original?.key ?? null, d) }),
            (d) => ({ type: "procedureDate", key: d.key }),
          )}
          onDelete={original ? () => commit({ ...def, procedureDates: removeKeyed(def.procedureDates, original.key) }, null) : undefined}
        />
      );
    }
    if (selected?.type === "meta") {
      // Replace all of the questionnaire's own fields, so a cleared description is gone.
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { description, ...rest } = def;
      return <MetaForm key={key} {...common} {...wire((meta: Meta) => ({ ...rest, ...meta }), () => ({ type: "meta" }))} />;
    }
    return <p className="rounded-md border border-slate-200 bg-white p-4 text-slate-700">{t("chooseItem")}</p>;
  })();

  const isSelected = (item: EditorItem) => !!selected && itemId(selected) === itemId(item);
  const moveButtons = (name: string, onMove: (delta: -1 | 1) => void, first: boolean, last: boolean) => (
    <span className="flex shrink-0 gap-1">
      <button type="button" className="rounded px-1 text-slate-600 hover:bg-slate-200 disabled:opacity-30" disabled={first || busy} onClick={() => onMove(-1)} aria-label={t("moveUpItem", { name })}>
        ↑
      </button>
      <button type="button" className="rounded px-1 text-slate-600 hover:bg-slate-200 disabled:opacity-30" disabled={last || busy} onClick={() => onMove(1)} aria-label={t("moveDownItem", { name })}>
        ↓
      </button>
    </span>
  );
  const itemButton = (item: EditorItem, label: string, extra?: string) => (
    <button
      type="button"
      onClick={() => select(item)}
      aria-current={isSelected(item) ? "true" : undefined}
      className={`min-w-0 flex-1 truncate rounded px-2 py-1 text-left text-sm ${isSelected(item) ? "bg-brand-700 text-white" : "hover:bg-slate-100"}`}
      data-item={itemId(item)}
    >
      {label}
      {extra && <span className={`ml-1 text-xs ${isSelected(item) ? "text-white" : "text-slate-500"}`}>({extra})</span>}
    </button>
  );
  const addButton = (label: string, onClick: () => void) => (
    <button type="button" onClick={onClick} className="mt-1 rounded px-2 py-1 text-sm font-medium text-brand-700 underline hover:bg-slate-100">
      {label}
    </button>
  );

  return (
    <div className="space-y-6">
      <PublishPanel
        careType={props.careType}
        versionNumber={props.versionNumber}
        revision={revision}
        issues={issues}
        definition={def}
        busy={busy}
        onSelect={(item) => {
          select(item);
          setTimeout(() => document.getElementById("item-form-title")?.scrollIntoView({ behavior: "smooth", block: "start" }), 50);
        }}
      />

      <div role={status.kind === "error" ? "alert" : "status"} aria-live="polite" data-testid="editor-status" data-state={status.kind} className="text-sm">
        {status.kind === "saving" && t("saving")}
        {status.kind === "saved" && t("saved", { revision })}
        {status.kind === "error" && (
          <div className="space-y-2 rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
            <p className="font-medium">{status.message}</p>
            {status.issues && (
              <ul className="list-disc pl-5">
                {status.issues.map((i, n) => (
                  <li key={n}>
                    <code>{i.path}</code>: {i.message}
                  </li>
                ))}
              </ul>
            )}
            {status.conflict && (
              <Button type="button" variant="secondary" onClick={() => router.refresh()}>
                {t("reload")}
              </Button>
            )}
          </div>
        )}
      </div>

      <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <nav aria-label={t("outline")} className="space-y-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <div className="flex">{itemButton({ type: "meta" }, t("items.meta"))}</div>
          <div>
            <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{t("outlineSections")}</h2>
            <ol className="space-y-2">
              {def.sections.map((s, si) => (
                <li key={s.key} className="rounded border border-slate-200 bg-white p-1">
                  <div className="flex items-center gap-1">
                    {itemButton({ type: "section", key: s.key }, `${si + 1}. ${s.title[locale]}`)}
                    {moveButtons(s.title[locale], (d) => void commit({ ...def, sections: moveKeyed(def.sections, s.key, d) }), si === 0, si === def.sections.length - 1)}
                  </div>
                  <ol className="ml-3 border-l border-slate-200 pl-1">
                    {s.questions.map((q, qi) => (
                      <li key={q.key} className="flex items-center gap-1">
                        {itemButton({ type: "question", key: q.key }, q.label[locale], t(`kinds.${q.kind}`))}
                        {moveButtons(
                          q.label[locale],
                          (d) => void commit({ ...def, sections: def.sections.map((x) => (x.key === s.key ? { ...x, questions: moveKeyed(x.questions, q.key, d) } : x)) }),
                          qi === 0,
                          qi === s.questions.length - 1,
                        )}
                      </li>
                    ))}
                  </ol>
                  {addButton(t("addQuestion"), () => create({ type: "question", section: s.key }))}
                </li>
              ))}
            </ol>
            {addButton(t("addSection"), () => create({ type: "section" }))}
          </div>
          <div>
            <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{t("outlineConditions")}</h2>
            <ol>
              {def.conditions.map((c, i) => (
                <li key={c.key} className="flex items-center gap-1">
                  {itemButton({ type: "condition", key: c.key }, c.text[locale], tClass(c.legalClass))}
                  {moveButtons(c.text[locale], (d) => void commit({ ...def, conditions: moveKeyed(def.conditions, c.key, d) }), i === 0, i === def.conditions.length - 1)}
                </li>
              ))}
            </ol>
            {addButton(t("addCondition"), () => create({ type: "condition" }))}
          </div>
          <div>
            <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{t("outlineDates")}</h2>
            <ol>
              {def.procedureDates.map((d) => (
                <li key={d.key} className="flex">
                  {itemButton({ type: "procedureDate", key: d.key }, d.event[locale])}
                </li>
              ))}
            </ol>
            {addButton(t("addProcedureDate"), () => create({ type: "procedureDate" }))}
          </div>
        </nav>
        <div className="min-w-0">{form}</div>
      </div>

      <QuestionnairePreview definition={pending ?? def} unsaved={!!pending} />
      <DiscardDraft careType={props.careType} revision={revision} careTypeName={props.careTypeName} />
    </div>
  );
}

function Missing() {
  const t = useTranslations("editor");
  return <p className="rounded-md border border-amber-300 bg-amber-50 p-4">{t("itemMissing")}</p>;
}

/** The publish check, live: every problem links to its item; publishing is possible once there are none. */
function PublishPanel({
  careType,
  versionNumber,
  revision,
  issues,
  definition,
  busy,
  onSelect,
}: {
  onSelect: (item: EditorItem) => void;
  careType: string;
  versionNumber: number;
  revision: number;
  issues: ValidationIssue[];
  definition: QuestionnaireDefinition;
  busy: boolean;
}) {
  const t = useTranslations("editor.publish");
  const words = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [serverProblem, setServerProblem] = useState<{ message: string; issues?: IssueView[] } | null>(null);
  const linked = issues.map((i) => ({ path: i.path, message: renderMessage(i.message, words, locale), target: issueTarget(definition, i.path) }));
  const serverLinked = serverProblem?.issues?.map((i) => ({ ...i, target: issueTarget(definition, i.path) }));

  const publish = async () => {
    setPending(true);
    setServerProblem(null);
    try {
      const result = await publishDraftAction(careType, revision);
      if (result.ok) {
        router.push(`/admin/questionnaires/${careType}?published=${result.number}`);
        return;
      }
      setServerProblem(result);
      setConfirming(false);
    } finally {
      setPending(false);
    }
  };

  return (
    <section aria-labelledby="publish-title" className="space-y-3 rounded-md border border-slate-200 bg-white p-4" data-testid="publish-panel">
      <h2 id="publish-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {linked.length ? (
        <>
          <p className="text-sm" data-testid="issue-count">
            {t("problems", { count: linked.length })}
          </p>
          <IssueList issues={linked} onSelect={onSelect} />
        </>
      ) : (
        <p className="text-sm text-green-800" data-testid="issue-count">
          {t("ready")}
        </p>
      )}
      {serverProblem && (
        <div role="alert" className="space-y-1 rounded-md border border-red-300 bg-red-50 p-3 text-sm">
          <p className="font-medium">{serverProblem.message}</p>
          {serverLinked && <IssueList issues={serverLinked} onSelect={onSelect} />}
        </div>
      )}
      {!confirming ? (
        <Button type="button" disabled={linked.length > 0 || busy} onClick={() => setConfirming(true)}>
          {t("publish", { number: versionNumber })}
        </Button>
      ) : (
        <div role="alertdialog" aria-labelledby="publish-confirm" className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-3">
          <p id="publish-confirm" className="text-sm">
            {t("confirm", { number: versionNumber })}
          </p>
          <div className="flex gap-2">
            <Button type="button" disabled={pending} onClick={() => void publish()}>
              {t("confirmYes")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

function DiscardDraft({ careType, careTypeName, revision }: { careType: string; careTypeName: string; revision: number }) {
  const t = useTranslations("editor.discard");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const discard = async () => {
    const result = await discardDraftAction(careType, revision);
    if (result.ok) router.push(`/admin/questionnaires/${careType}`);
    else setError(result.message);
  };
  return (
    <section aria-labelledby="discard-title" className="space-y-2 rounded-md border border-slate-200 bg-white p-4">
      <h2 id="discard-title" className="font-semibold">
        {t("title")}
      </h2>
      {!confirming ? (
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
          {t("button")}
        </Button>
      ) : (
        <Confirm
          danger
          title={t("confirm", { name: careTypeName })}
          confirmLabel={t("confirmYes")}
          cancelLabel={t("cancel")}
          onConfirm={() => void discard()}
          onCancel={() => setConfirming(false)}
        />
      )}
      {error && <FormError>{error}</FormError>}
    </section>
  );
}

"use client";
import { useId, useMemo } from "react";
import { useLocale, useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/field";
import {
  AGE_UNITS,
  emptyLeaf,
  nodeToRule,
  operandOf,
  opsForKind,
  withQuestion,
  type AgeUnit,
  type LeafNode,
  type LeafOp,
  type RuleNode,
} from "@/lib/questionnaire/rule-builder";
import type { Question } from "@/lib/questionnaire/schema";

/** A question the rule may read, with the title of its section for grouping. */
export interface RuleQuestion {
  question: Question;
  section: string;
}

const small = "rounded border border-slate-400 bg-white px-2 py-1 text-xs font-medium hover:bg-slate-50";

/**
 * Builds a rule without typing JSON: pick a question, then an operator that fits its kind, then the
 * value (an option, a number, a date, an age). Rules combine in "all"/"any" groups and can be negated.
 */
export function RuleBuilder({
  legend,
  help,
  value,
  onChange,
  questions,
  optional,
  showProblems,
  error,
}: {
  legend: string;
  help?: string;
  value: RuleNode | null;
  onChange: (node: RuleNode | null) => void;
  questions: readonly RuleQuestion[];
  optional: boolean;
  showProblems: boolean;
  error?: string;
}) {
  const t = useTranslations("editor.rule");
  const byKey = useMemo(() => new Map(questions.map((q) => [q.question.key, q.question])), [questions]);
  const problems = useMemo(() => {
    if (!value || !showProblems) return new Map<string, string>();
    const r = nodeToRule(value, byKey);
    return new Map(r.ok ? [] : r.problems.map((p) => [p.path, p.message]));
  }, [value, byKey, showProblems]);
  const helpId = useId();

  return (
    <fieldset className="space-y-2 rounded-md border border-slate-200 p-3" aria-describedby={help ? helpId : undefined} data-rule={legend}>
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      {help && (
        <p id={helpId} className="text-sm text-slate-600">
          {help}
        </p>
      )}
      {value ? (
        <NodeEditor node={value} path="" onChange={onChange} onRemove={optional ? () => onChange(null) : undefined} questions={questions} byKey={byKey} problems={problems} />
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          {optional && <p className="text-sm text-slate-700">{t("none")}</p>}
          <button type="button" className={small} onClick={() => onChange(emptyLeaf())}>
            {t("addRule")}
          </button>
          <button type="button" className={small} onClick={() => onChange({ type: "group", op: "all", children: [emptyLeaf()] })}>
            {t("addGroup")}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

interface NodeProps {
  node: RuleNode;
  path: string;
  onChange: (node: RuleNode) => void;
  /** Absent for the root of a required rule. */
  onRemove?: () => void;
  questions: readonly RuleQuestion[];
  byKey: ReadonlyMap<string, Question>;
  problems: ReadonlyMap<string, string>;
}

const childPath = (path: string, i: number) => (path === "" ? String(i) : `${path}.${i}`);

function NodeEditor(props: NodeProps) {
  const { node, path, onChange } = props;
  const t = useTranslations("editor.rule");
  if (node.type === "group") {
    return (
      <div role="group" aria-label={t(`groups.${node.op}`)} className="space-y-2 rounded border-l-4 border-brand-600 bg-slate-50 p-2" data-rule-path={path}>
        <div className="flex flex-wrap items-center gap-2">
          <label className="text-sm font-medium">
            <span className="sr-only">{t("groupKind")}</span>
            <select
              value={node.op}
              onChange={(e) => onChange({ ...node, op: e.target.value as "all" | "any" })}
              className="rounded border border-slate-400 bg-white px-2 py-1 text-sm"
            >
              <option value="all">{t("groups.all")}</option>
              <option value="any">{t("groups.any")}</option>
            </select>
          </label>
          {props.onRemove && (
            <button type="button" className={small} onClick={props.onRemove}>
              {t("removeGroup")}
            </button>
          )}
        </div>
        <ol className="space-y-2">
          {node.children.map((child, i) => (
            <li key={i}>
              <NodeEditor
                {...props}
                node={child}
                path={childPath(path, i)}
                onChange={(next) => onChange({ ...node, children: node.children.map((c, j) => (j === i ? next : c)) })}
                onRemove={() => onChange({ ...node, children: node.children.filter((_, j) => j !== i) })}
              />
            </li>
          ))}
        </ol>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={small} onClick={() => onChange({ ...node, children: [...node.children, emptyLeaf()] })}>
            {t("addRule")}
          </button>
          <button type="button" className={small} onClick={() => onChange({ ...node, children: [...node.children, { type: "group", op: "any", children: [emptyLeaf()] }] })}>
            {t("addGroup")}
          </button>
        </div>
        <Problem message={props.problems.get(path)} />
      </div>
    );
  }
  if (node.type === "not") {
    return (
      <div role="group" aria-label={t("not")} className="space-y-2 rounded border-l-4 border-amber-600 bg-amber-50 p-2" data-rule-path={path}>
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-semibold">{t("not")}</span>
          <button type="button" className={small} onClick={() => onChange(node.child)}>
            {t("unnegate")}
          </button>
        </div>
        <NodeEditor {...props} node={node.child} path={childPath(path, 0)} onChange={(child) => onChange({ ...node, child })} />
      </div>
    );
  }
  return <LeafEditor {...props} node={node} />;
}

function LeafEditor({ node, path, onChange, onRemove, questions, byKey, problems }: NodeProps & { node: LeafNode }) {
  const t = useTranslations("editor.rule");
  const tk = useTranslations("editor.kinds");
  const locale = useLocale();
  const id = useId();
  const question = byKey.get(node.question);
  const ops: LeafOp[] = question ? opsForKind(question.kind) : [];
  const operand = node.op ? operandOf(node.op) : "none";
  const sections = [...new Set(questions.map((q) => q.section))];
  const set = (patch: Partial<LeafNode>) => onChange({ ...node, ...patch });
  const select = "rounded border border-slate-400 bg-white px-2 py-1 text-sm";

  return (
    <div className="space-y-2 rounded border border-slate-300 bg-white p-2" data-rule-path={path} data-testid="rule-leaf">
      <div className="grid gap-2 md:grid-cols-2">
        <div>
          <label htmlFor={`${id}-q`} className="block text-xs font-medium text-slate-700">
            {t("question")}
          </label>
          <select id={`${id}-q`} value={node.question} onChange={(e) => onChange(withQuestion(node, byKey.get(e.target.value)))} className={`${select} w-full`}>
            <option value="">{t("chooseQuestion")}</option>
            {node.question && !question && <option value={node.question}>{t("missingQuestion", { key: node.question })}</option>}
            {sections.map((section) => (
              <optgroup key={section} label={section}>
                {questions
                  .filter((q) => q.section === section)
                  .map(({ question: q }) => (
                    <option key={q.key} value={q.key}>
                      {q.label[locale]} ({tk(q.kind)})
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-op`} className="block text-xs font-medium text-slate-700">
            {t("operator")}
          </label>
          <select id={`${id}-op`} value={node.op} onChange={(e) => set({ op: e.target.value as LeafOp })} disabled={!question} className={`${select} w-full`}>
            {!node.op && <option value="">{t("chooseOperator")}</option>}
            {ops.map((op) => (
              <option key={op} value={op}>
                {t(`ops.${op}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      {operand === "option" && (
        <div>
          <label htmlFor={`${id}-v`} className="block text-xs font-medium text-slate-700">
            {t("option")}
          </label>
          <select id={`${id}-v`} value={node.value} onChange={(e) => set({ value: e.target.value })} className={`${select} w-full`}>
            <option value="">{t("chooseOption")}</option>
            {question?.options?.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label[locale]}
              </option>
            ))}
          </select>
        </div>
      )}
      {operand === "options" && (
        <fieldset>
          <legend className="text-xs font-medium text-slate-700">{t("options")}</legend>
          {question?.options?.map((o) => (
            <label key={o.value} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={node.values.includes(o.value)}
                onChange={(e) => set({ values: e.target.checked ? [...node.values, o.value] : node.values.filter((v) => v !== o.value) })}
                className="h-4 w-4"
              />
              {o.label[locale]}
            </label>
          ))}
        </fieldset>
      )}
      {operand === "number" && (
        <div>
          <label htmlFor={`${id}-v`} className="block text-xs font-medium text-slate-700">
            {t("number")}
          </label>
          <input id={`${id}-v`} type="text" inputMode="decimal" value={node.value} onChange={(e) => set({ value: e.target.value })} className={`${inputClass} max-w-xs`} />
        </div>
      )}
      {operand === "date" && (
        <div>
          <label htmlFor={`${id}-v`} className="block text-xs font-medium text-slate-700">
            {t("date")}
          </label>
          <input id={`${id}-v`} type="date" value={node.value} onChange={(e) => set({ value: e.target.value })} className={`${inputClass} max-w-xs`} />
        </div>
      )}
      {operand === "age" && (
        <div className="flex flex-wrap gap-2">
          <div>
            <label htmlFor={`${id}-a`} className="block text-xs font-medium text-slate-700">
              {t("amount")}
            </label>
            <input id={`${id}-a`} type="text" inputMode="numeric" value={node.amount} onChange={(e) => set({ amount: e.target.value })} className={`${inputClass} w-24`} />
          </div>
          <div>
            <label htmlFor={`${id}-u`} className="block text-xs font-medium text-slate-700">
              {t("unit")}
            </label>
            <select id={`${id}-u`} value={node.unit} onChange={(e) => set({ unit: e.target.value as AgeUnit })} className={select}>
              {AGE_UNITS.map((u) => (
                <option key={u} value={u}>
                  {t(`units.${u}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-r`} className="block text-xs font-medium text-slate-700">
              {t("reference")}
            </label>
            <input
              id={`${id}-r`}
              type="date"
              value={node.reference === "enrolment" ? "" : node.reference}
              onChange={(e) => set({ reference: e.target.value || "enrolment" })}
              className={inputClass}
            />
          </div>
        </div>
      )}

      <div className="flex flex-wrap gap-2">
        <button type="button" className={small} onClick={() => onChange({ type: "not", child: node })}>
          {t("negate")}
        </button>
        <button type="button" className={small} onClick={() => onChange({ type: "group", op: "all", children: [node, emptyLeaf()] })}>
          {t("combine")}
        </button>
        {onRemove && (
          <button type="button" className={small} onClick={onRemove}>
            {t("remove")}
          </button>
        )}
      </div>
      <Problem message={problems.get(path)} />
    </div>
  );
}

function Problem({ message }: { message?: string }) {
  const t = useTranslations("editor.rule.problems");
  if (!message) return null;
  return (
    <p role="alert" className="text-sm font-medium text-red-700">
      {t(message as "question")}
    </p>
  );
}

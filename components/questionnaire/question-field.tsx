"use client";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { UseFormRegister } from "react-hook-form";
import type { Locale } from "@/lib/i18n/locale";
import { KINDS } from "@/lib/questionnaire/kinds";
import type { Question, QuestionKind } from "@/lib/questionnaire/schema";
import { inputClass } from "@/components/ui/field";
import type { AnswerMeta } from "./use-autosave";

interface InputProps {
  q: Question;
  id: string;
  labelId: string;
  /** The registered field's props: name, handlers, disabled, aria-*. */
  common: ReturnType<UseFormRegister<Record<string, unknown>>> & { disabled: boolean };
  locale: Locale;
  t: ReturnType<typeof useTranslations<"questionnaire">>;
  /** The upload control of file questions. */
  children?: React.ReactNode;
}

const choiceList = (type: "radio" | "checkbox", { q, common, locale }: InputProps) => (
  <div className="space-y-1">
    {q.options!.map((o) => (
      <label key={o.value} className="flex items-start gap-2">
        <input type={type} value={o.value} {...common} className="mt-1 h-4 w-4" />
        <span>{o.label[locale]}</span>
      </label>
    ))}
  </div>
);

const numberInput = ({ q, id, labelId, common, locale }: InputProps, unit: string | undefined) => (
  <div className="flex items-center gap-2">
    <input id={id} aria-labelledby={labelId} type="text" inputMode="decimal" {...common} className={`${inputClass} max-w-xs`} />
    <span className="text-slate-700">{unit ?? q.unit?.[locale]}</span>
  </div>
);

/**
 * Each kind's input (kinds.ts declares everything else about it); `group` puts the input in a
 * fieldset with a legend instead of a label.
 */
const INPUTS: Record<QuestionKind, { group: (q: Question) => boolean; render: (p: InputProps) => React.ReactNode }> = {
  yesNo: {
    group: () => true,
    render: ({ common, t }) => (
      <div className="flex gap-6">
        {[
          ["true", t("yes")],
          ["false", t("no")],
        ].map(([value, text]) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" value={value} {...common} className="h-4 w-4" />
            {text}
          </label>
        ))}
      </div>
    ),
  },
  singleChoice: {
    // A short list as radio buttons, a long one as a select.
    group: (q) => (q.options?.length ?? 0) <= 6,
    render: (p) =>
      INPUTS.singleChoice.group(p.q) ? (
        choiceList("radio", p)
      ) : (
        <select id={p.id} aria-labelledby={p.labelId} {...p.common} className={inputClass}>
          <option value="">{p.t("choose")}</option>
          {p.q.options!.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label[p.locale]}
            </option>
          ))}
        </select>
      ),
  },
  multipleChoice: { group: () => true, render: (p) => choiceList("checkbox", p) },
  number: { group: () => false, render: (p) => numberInput(p, undefined) },
  percentage: { group: () => false, render: (p) => numberInput(p, "%") },
  date: {
    group: () => false,
    render: ({ id, labelId, common }) => <input id={id} aria-labelledby={labelId} type="date" {...common} className={`${inputClass} max-w-xs`} />,
  },
  shortText: {
    group: () => false,
    render: ({ id, labelId, common }) => <input id={id} aria-labelledby={labelId} type="text" {...common} className={inputClass} />,
  },
  longText: {
    group: () => false,
    render: ({ id, labelId, common }) => <textarea id={id} aria-labelledby={labelId} rows={5} {...common} className={inputClass} />,
  },
  file: { group: () => true, render: ({ children }) => children },
};

export interface ReviewNote {
  comment: string;
  verdict: "ACCEPTED" | "NEEDS_CHANGE" | null;
  author: string;
  createdAt: string;
}

/** One question: label, help, "why we ask" with the policy source, the input, its error, who changed it last. */
export function QuestionField({
  question,
  register,
  error,
  disabled,
  meta,
  documentTitle,
  notes,
  children,
}: {
  question: Question;
  register: UseFormRegister<Record<string, unknown>>;
  error?: string;
  disabled: boolean;
  meta?: AnswerMeta;
  documentTitle: string;
  notes: ReviewNote[];
  /** Replaces the input (file questions). */
  children?: React.ReactNode;
}) {
  const t = useTranslations("questionnaire");
  const locale = useLocale();
  const format = useFormatter();
  const q = question;
  const id = `q-${q.key}`;
  const labelId = `${id}-label`;
  const helpId = q.help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(" ") || undefined;
  const common = {
    ...register(q.key),
    disabled,
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
  } as const;
  const group = INPUTS[q.kind].group(q);

  const label = (
    <>
      {q.label[locale]}{" "}
      <span className="text-xs font-normal text-slate-600">({q.required && !KINDS[q.kind].upload ? t("required") : t("optional")})</span>
    </>
  );

  const input = INPUTS[q.kind].render({ q, id, labelId, common, locale, t, children });

  const body = (
    <>
      {q.help && (
        <p id={helpId} className="text-sm text-slate-700">
          {q.help[locale]}
        </p>
      )}
      {q.source && (
        <details className="text-sm text-slate-700">
          <summary className="cursor-pointer text-brand-700 underline">{t("why")}</summary>
          <p className="mt-1">{t("source", { document: documentTitle, section: q.source.section })}</p>
          {q.source.quote && <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 italic">“{q.source.quote}”</blockquote>}
        </details>
      )}
      {input}
      {error && (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      {meta?.updatedBy && meta.updatedAt && (
        <p className="text-xs text-slate-600">
          {t("lastChanged", { name: meta.updatedBy, date: format.dateTime(new Date(meta.updatedAt), { dateStyle: "long", timeStyle: "short" }) })}
        </p>
      )}
      {notes.map((n, i) => (
        <div key={i} className="rounded border-l-4 border-amber-600 bg-amber-50 p-2 text-sm" data-testid="review-note">
          <p className="font-medium">
            {t("officerComment")}
            {n.verdict && `: ${t(`verdict.${n.verdict}`)}`}
          </p>
          {n.comment && <p className="whitespace-pre-wrap">{n.comment}</p>}
          <p className="text-xs text-slate-600">
            {n.author}, {format.dateTime(new Date(n.createdAt), { dateStyle: "long" })}
          </p>
        </div>
      ))}
    </>
  );

  return (
    <div id={`${id}-block`} className="scroll-mt-24 space-y-2 rounded-md border border-slate-200 bg-white p-4" data-question={q.key}>
      {group ? (
        <fieldset id={id} tabIndex={-1} aria-describedby={describedBy} className="space-y-2">
          <legend id={labelId} className="font-medium">
            {label}
          </legend>
          {body}
        </fieldset>
      ) : (
        <div className="space-y-2">
          <label id={labelId} htmlFor={id} className="block font-medium">
            {label}
          </label>
          {body}
        </div>
      )}
    </div>
  );
}

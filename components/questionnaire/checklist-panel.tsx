"use client";
import { useLocale, useTranslations } from "next-intl";
import { CHECKLIST_GROUPS, groupOf, type ChecklistGroup, type ChecklistResult, type ConditionResult } from "@/lib/checklist/engine";
import { renderMessages } from "@/lib/i18n/message";

const GROUP_STYLE: Record<ChecklistGroup, string> = {
  unmetContract: "border-red-700 bg-red-50",
  unmetPayment: "border-orange-700 bg-orange-50",
  refused: "border-red-700 bg-red-50",
  evidenceMissing: "border-amber-600 bg-amber-50",
  awaitingDecision: "border-violet-600 bg-violet-50",
  unanswered: "border-slate-400 bg-white",
  adviceNotMet: "border-sky-600 bg-sky-50",
  met: "border-green-700 bg-green-50",
  notApplicable: "border-slate-300 bg-slate-50",
};
const GROUP_ICON: Record<ChecklistGroup, string> = {
  unmetContract: "✗",
  unmetPayment: "€",
  refused: "✗",
  evidenceMissing: "!",
  awaitingDecision: "?",
  unanswered: "…",
  adviceNotMet: "i",
  met: "✓",
  notApplicable: "–",
};

/**
 * The checklist beside the form: what needs action first, expectations as advice (never as a
 * failure), each with its reason, its source in the policy, and a link to the question that decides it.
 */
export function ChecklistPanel({
  result,
  documentTitle,
  onGoTo,
}: {
  result: ChecklistResult;
  documentTitle: string;
  onGoTo: (questionKey: string) => void;
}) {
  const t = useTranslations("checklist");
  const tClass = useTranslations("legalClasses");
  const words = useTranslations();
  const locale = useLocale();
  const byGroup = new Map<ChecklistGroup, ConditionResult[]>(CHECKLIST_GROUPS.map((g) => [g, []]));
  for (const r of result.conditions) byGroup.get(groupOf(r.status, r.condition.legalClass))!.push(r);
  const s = result.summary;

  return (
    <section aria-labelledby="checklist-title" className="space-y-3" data-testid="checklist">
      <h2 id="checklist-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("summary", {
          contract: s.unmetContract,
          payment: s.unmetPayment,
          advice: s.adviceNotMet,
          evidence: s.evidenceMissing,
          awaiting: s.awaitingDecision,
          open: s.unanswered,
          met: s.met,
        })}
      </p>
      {CHECKLIST_GROUPS.map((group) => {
        const items = byGroup.get(group)!;
        if (!items.length) return null;
        const collapsed = group === "met" || group === "notApplicable";
        return (
          <details key={group} open={!collapsed} className="rounded-md border border-slate-200 bg-white" data-group={group}>
            <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">
              {t(`groups.${group}`)} ({items.length})
            </summary>
            <ul className="space-y-2 px-3 pb-3">
              {items.map((r) => (
                <li key={r.condition.key} className={`rounded border-l-4 p-2 text-sm ${GROUP_STYLE[group]}`} data-condition={r.condition.key}>
                  <p className="font-medium">
                    <span aria-hidden="true" className="mr-1 inline-block w-4 text-center font-bold">
                      {GROUP_ICON[group]}
                    </span>
                    {r.condition.text[locale]}
                  </p>
                  <p className="mt-1 text-xs text-slate-600">
                    {tClass(r.condition.legalClass)}
                    {r.condition.audience ? ` · ${r.condition.audience[locale]}` : ""}
                  </p>
                  {group !== "met" && group !== "notApplicable" && <p className="mt-1 text-slate-800">{renderMessages(r.reasons, words, locale)}</p>}
                  <details className="mt-1 text-xs text-slate-700">
                    <summary className="cursor-pointer underline">{t("source")}</summary>
                    <p className="mt-1">
                      {documentTitle}, {r.condition.source.section}
                    </p>
                    <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 italic">“{r.condition.source.quote}”</blockquote>
                    <p className="mt-1">
                      {t("basis")}: “{r.condition.basis.heading}”{r.condition.basis.sentence ? ` — “${r.condition.basis.sentence}”` : ""}
                    </p>
                  </details>
                  {r.questions[0] && (
                    <button type="button" className="mt-1 text-xs font-medium text-brand-700 underline" onClick={() => onGoTo(r.questions[0]!)}>
                      {t("goTo")}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { describeRule } from "@/lib/questionnaire/describe-rule";
import { questionMap } from "@/lib/questionnaire/editor-forms";
import { formatWhen } from "@/lib/questionnaire/format-answer";
import type { QuestionnaireDefinition } from "@/lib/questionnaire/schema";

const cell = "p-2 align-top";

/** A version read-only: its sections and questions, conditions with their rules in words, and dates. */
export async function DefinitionView({ definition: def }: { definition: QuestionnaireDefinition }) {
  const [t, locale] = await Promise.all([getTranslations("editor"), getLocale()]);
  const questions = questionMap(def);
  const rule = (r?: Parameters<typeof describeRule>[0]) => (r ? describeRule(r, questions, locale) : "—");
  return (
    <div className="space-y-8">
      <dl className="grid gap-x-6 gap-y-1 text-sm md:grid-cols-[12rem_minmax(0,1fr)]">
        <dt className="font-medium">{t("fields.title")}</dt>
        <dd>{def.title[locale]}</dd>
        {def.description && (
          <>
            <dt className="font-medium">{t("fields.description")}</dt>
            <dd>{def.description[locale]}</dd>
          </>
        )}
        <dt className="font-medium">{t("fields.insurer")}</dt>
        <dd>{def.insurer}</dd>
        <dt className="font-medium">{t("fields.policyPeriod")}</dt>
        <dd>{def.policyPeriod}</dd>
        <dt className="font-medium">{t("fields.documentTitle")}</dt>
        <dd>
          {def.document.title} ({def.document.file})
        </dd>
      </dl>

      <section aria-labelledby="view-sections" className="space-y-4">
        <h2 id="view-sections" className="text-xl font-semibold">
          {t("outlineSections")}
        </h2>
        {def.sections.map((s, i) => (
          <table key={s.key} className="w-full border-collapse bg-white text-sm">
            <caption className="p-2 text-left font-semibold">
              {i + 1}. {s.title[locale]} <code className="text-xs font-normal">{s.key}</code>
              {s.profile && <span className="ml-2 text-xs font-normal">({t("fields.profile")})</span>}
              {s.visibleWhen && <span className="block text-xs font-normal">{t("view.visibleWhen", { rule: rule(s.visibleWhen) })}</span>}
            </caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className={cell}>{t("fields.key")}</th>
                <th scope="col" className={cell}>{t("fields.questionText")}</th>
                <th scope="col" className={cell}>{t("fields.kind")}</th>
                <th scope="col" className={cell}>{t("fields.required")}</th>
                <th scope="col" className={cell}>{t("fields.visibleWhen")}</th>
              </tr>
            </thead>
            <tbody>
              {s.questions.map((q) => (
                <tr key={q.key} className="border-b border-slate-200">
                  <th scope="row" className={`${cell} text-left font-normal`}>
                    <code>{q.key}</code>
                  </th>
                  <td className={cell}>
                    {q.label[locale]}
                    {q.options && <span className="block text-xs text-slate-600">{q.options.map((o) => o.label[locale]).join(" · ")}</span>}
                  </td>
                  <td className={cell}>{t(`kinds.${q.kind}`)}</td>
                  <td className={cell}>{q.required ? t("view.yes") : t("view.no")}</td>
                  <td className={cell}>{rule(q.visibleWhen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </section>

      <section aria-labelledby="view-conditions" className="space-y-2">
        <h2 id="view-conditions" className="text-xl font-semibold">
          {t("outlineConditions")}
        </h2>
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">{t("outlineConditions")}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className={cell}>{t("fields.conditionText")}</th>
              <th scope="col" className={cell}>{t("fields.severity")}</th>
              <th scope="col" className={cell}>{t("fields.rule")}</th>
              <th scope="col" className={cell}>{t("fields.appliesWhen")}</th>
              <th scope="col" className={cell}>{t("fields.source")}</th>
            </tr>
          </thead>
          <tbody>
            {def.conditions.map((c) => (
              <tr key={c.key} className="border-b border-slate-200" data-condition={c.key}>
                <th scope="row" className={`${cell} text-left font-normal`}>
                  {c.text[locale]} <code className="block text-xs">{c.key}</code>
                </th>
                <td className={cell}>{t(`severities.${c.severity}`)}</td>
                <td className={cell}>{rule(c.rule)}</td>
                <td className={cell}>{rule(c.appliesWhen)}</td>
                <td className={cell}>
                  {c.source.section}
                  <q className="block text-xs italic">{c.source.quote}</q>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="view-dates" className="space-y-2">
        <h2 id="view-dates" className="text-xl font-semibold">
          {t("outlineDates")}
        </h2>
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">{t("outlineDates")}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className={cell}>{t("fields.date")}</th>
              <th scope="col" className={cell}>{t("fields.event")}</th>
              <th scope="col" className={cell}>{t("fields.actor")}</th>
              <th scope="col" className={cell}>{t("fields.dateAppliesWhen")}</th>
            </tr>
          </thead>
          <tbody>
            {def.procedureDates.map((d) => (
              <tr key={d.key} className="border-b border-slate-200" data-date={d.key}>
                <th scope="row" className={`${cell} text-left font-normal`}>{formatWhen(d.when, locale)}</th>
                <td className={cell}>{d.event[locale]}</td>
                <td className={cell}>{t(`actors.${d.actor}`)}</td>
                <td className={cell}>{rule(d.appliesWhen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { describeRule } from "@/lib/questionnaire/describe-rule";
import { questionMap } from "@/lib/questionnaire/editor-forms";
import { formatWhen } from "@/lib/questionnaire/format-answer";
import type { Condition, ProcedureDate, Question, QuestionnaireDefinition } from "@/lib/questionnaire/schema";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";

/** A version read-only: its sections and questions, conditions with their rules in words, and dates. */
export async function DefinitionView({ definition: def }: { definition: QuestionnaireDefinition }) {
  const [t, tClass, locale] = await Promise.all([getTranslations("editor"), getTranslations("legalClasses"), getLocale()]);
  const questions = questionMap(def);
  const rule = (r?: Parameters<typeof describeRule>[0]) => (r ? describeRule(r, questions, locale) : "—");
  const questionColumns: Column<Question>[] = [
    {
      key: "key",
      header: t("fields.key"),
      rowHeader: true,
      cell: (q) => (
        <>
          <code>{q.key}</code>
          {q.replaces && (
            <span className="block text-xs text-slate-600">
              {t("fields.replaces")}: {q.replaces.join(", ")}
            </span>
          )}
        </>
      ),
    },
    {
      key: "label",
      header: t("fields.questionText"),
      cell: (q) => (
        <>
          {q.label[locale]}
          {q.options && <span className="block text-xs text-slate-600">{q.options.map((o) => o.label[locale]).join(" · ")}</span>}
        </>
      ),
    },
    { key: "kind", header: t("fields.kind"), cell: (q) => t(`kinds.${q.kind}`) },
    { key: "required", header: t("fields.required"), cell: (q) => (q.required ? t("view.yes") : t("view.no")) },
    { key: "visibleWhen", header: t("fields.visibleWhen"), cell: (q) => rule(q.visibleWhen) },
  ];
  const conditionColumns: Column<Condition>[] = [
    {
      key: "text",
      header: t("fields.conditionText"),
      rowHeader: true,
      cell: (c) => (
        <>
          {c.text[locale]} <code className="block text-xs">{c.key}</code>
        </>
      ),
    },
    { key: "legalClass", header: t("fields.legalClass"), cell: (c) => tClass(c.legalClass) },
    { key: "rule", header: t("fields.rule"), cell: (c) => rule(c.rule) },
    { key: "appliesWhen", header: t("fields.appliesWhen"), cell: (c) => rule(c.appliesWhen) },
    {
      key: "source",
      header: t("fields.source"),
      cell: (c) => (
        <>
          {c.source.section}
          <q className="block text-xs italic">{c.source.quote}</q>
        </>
      ),
    },
  ];
  const dateColumns: Column<ProcedureDate>[] = [
    { key: "date", header: t("fields.date"), rowHeader: true, cell: (d) => formatWhen(d.when, locale) },
    { key: "event", header: t("fields.event"), cell: (d) => d.event[locale] },
    { key: "actor", header: t("fields.actor"), cell: (d) => t(`actors.${d.actor}`) },
    { key: "appliesWhen", header: t("fields.dateAppliesWhen"), cell: (d) => rule(d.appliesWhen) },
  ];
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

      <Section titleId="view-sections" title={t("outlineSections")} size="xl" className="space-y-4">
        {def.sections.map((s, i) => (
          <DataTable
            key={s.key}
            caption={
              <>
                {i + 1}. {s.title[locale]} <code className="text-xs font-normal">{s.key}</code>
                {s.profile && <span className="ml-2 text-xs font-normal">({t("fields.profile")})</span>}
                {s.visibleWhen && <span className="block text-xs font-normal">{t("view.visibleWhen", { rule: rule(s.visibleWhen) })}</span>}
              </>
            }
            columns={questionColumns}
            rows={s.questions}
            empty={t("view.noQuestions")}
          />
        ))}
      </Section>

      <Section titleId="view-conditions" title={t("outlineConditions")} size="xl">
        <DataTable labelledBy="view-conditions" columns={conditionColumns} rows={def.conditions} rowData={(c) => ({ "data-condition": c.key })} empty={t("view.noConditions")} />
      </Section>

      <Section titleId="view-dates" title={t("outlineDates")} size="xl">
        <DataTable labelledBy="view-dates" columns={dateColumns} rows={def.procedureDates} rowData={(d) => ({ "data-date": d.key })} empty={t("view.noDates")} />
      </Section>
    </div>
  );
}

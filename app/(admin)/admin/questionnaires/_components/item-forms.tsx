"use client";
import { useEffect, useState, type ReactNode } from "react";
import { FormProvider, useFieldArray, useForm, useFormContext, useWatch, type DefaultValues, type FieldValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import type { z } from "zod";
import type { Locale } from "@/lib/i18n/locale";
import { Button } from "@/components/ui/button";
import {
  conditionFormSchema,
  conditionValues,
  dateFormSchema,
  dateValues,
  metaSchema,
  metaValues,
  PRECISIONS,
  QUALIFIERS,
  questionFormSchema,
  questionMap,
  questionValues,
  sectionFormSchema,
  sectionValues,
  takenKeys,
} from "@/lib/questionnaire/editor-forms";
import type { SectionHeader } from "@/lib/questionnaire/diff";
import { KINDS } from "@/lib/questionnaire/kinds";
import { ACTORS, LEGAL_CLASSES, QUESTION_KINDS, type Condition, type ProcedureDate, type Question, type QuestionnaireDefinition } from "@/lib/questionnaire/schema";
import { CheckboxField, LocalizedFields, RuleField, SelectField, SourceFields, TextField, useFieldError } from "./form-fields";
import type { RuleQuestion } from "./rule-builder";

/** The questions a rule may read, grouped by section title; `exclude` leaves out the question being edited. */
export function ruleQuestions(def: QuestionnaireDefinition, locale: Locale, exclude?: string): RuleQuestion[] {
  return def.sections.flatMap((s) => s.questions.filter((q) => q.key !== exclude).map((question) => ({ question, section: s.title[locale] })));
}

/**
 * One item's form: validates with its zod schema (messages next to the fields), then hands the item
 * to `onSave`. Delete asks for confirmation first.
 */
function ItemForm<S extends z.ZodType<unknown, FieldValues>>({
  title,
  schema,
  defaultValues,
  onSave,
  onCancel,
  onPreview,
  onDelete,
  deleteWarning,
  busy,
  children,
}: {
  title: string;
  schema: S;
  defaultValues: z.input<S>;
  onSave: (value: z.output<S>) => Promise<unknown>;
  /** While typing: the item as it would be saved, or null while the form has a problem. */
  onPreview: (value: z.output<S> | null) => void;
  onCancel: () => void;
  onDelete?: () => Promise<unknown>;
  deleteWarning?: string;
  busy: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("editor");
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema as never), defaultValues: defaultValues as DefaultValues<z.input<S>> });
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  useEffect(() => {
    // watch() with a callback subscribes; the preview follows every valid state of the form.
    // eslint-disable-next-line react-hooks/incompatible-library
    const sub = form.watch((values) => {
      const parsed = schema.safeParse(values);
      onPreview(parsed.success ? (parsed.data as z.output<S>) : null);
    });
    return () => sub.unsubscribe();
  }, [form, schema, onPreview]);
  const failed = form.formState.submitCount > 0 && Object.keys(form.formState.errors).length > 0;
  return (
    <FormProvider {...form}>
      <form onSubmit={form.handleSubmit((v) => onSave(v))} noValidate className="space-y-4 rounded-md border border-slate-200 bg-white p-4" aria-labelledby="item-form-title" data-testid="item-form">
        <h2 id="item-form-title" className="text-lg font-semibold">
          {title}
        </h2>
        {failed && (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-800">
            {t("checkFields")}
          </p>
        )}
        {children}
        <div className="flex flex-wrap items-center gap-2 border-t border-slate-200 pt-3">
          <Button type="submit" disabled={busy}>
            {t("save")}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("cancel")}
          </Button>
          {onDelete && !confirmingDelete && (
            <Button type="button" variant="secondary" className="ml-auto" onClick={() => setConfirmingDelete(true)}>
              {t("delete")}
            </Button>
          )}
        </div>
        {onDelete && confirmingDelete && (
          <div role="alertdialog" aria-labelledby="delete-title" className="space-y-2 rounded-md border border-red-300 bg-red-50 p-3">
            <p id="delete-title" className="font-medium">
              {t("deleteConfirm")}
            </p>
            {deleteWarning && <p className="text-sm">{deleteWarning}</p>}
            <div className="flex gap-2">
              <Button type="button" variant="danger" disabled={busy} onClick={() => void onDelete()}>
                {t("deleteYes")}
              </Button>
              <Button type="button" variant="secondary" onClick={() => setConfirmingDelete(false)}>
                {t("cancel")}
              </Button>
            </div>
          </div>
        )}
      </form>
    </FormProvider>
  );
}

interface FormProps<T> {
  definition: QuestionnaireDefinition;
  /** The item as saved, or undefined for a new one. */
  item?: T;
  onSave: (value: T) => Promise<unknown>;
  onPreview: (value: T | null) => void;
  onCancel: () => void;
  onDelete?: () => Promise<unknown>;
  busy: boolean;
}

export function MetaForm({ definition, onSave, onPreview, onCancel, busy }: Omit<FormProps<ReturnType<typeof metaSchema.parse>>, "item" | "onDelete">) {
  const t = useTranslations("editor");
  return (
    <ItemForm title={t("items.meta")} schema={metaSchema} defaultValues={metaValues(definition)} onSave={onSave} onPreview={onPreview} onCancel={onCancel} busy={busy}>
      <LocalizedFields name="title" label={t("fields.title")} />
      <LocalizedFields name="description" label={t("fields.description")} multiline />
      <div className="grid gap-3 md:grid-cols-2">
        <TextField name="insurer" label={t("fields.insurer")} />
        <TextField name="policyPeriod" label={t("fields.policyPeriod")} />
        <TextField name="documentTitle" label={t("fields.documentTitle")} />
        <TextField name="documentFile" label={t("fields.documentFile")} help={t("fields.documentFileHelp")} />
      </div>
    </ItemForm>
  );
}

export function SectionForm({ definition, item, onSave, onPreview, onCancel, onDelete, busy }: FormProps<SectionHeader>) {
  const t = useTranslations("editor");
  const locale = useLocale();
  const questions = questionMap(definition);
  const count = definition.sections.find((s) => s.key === item?.key)?.questions.length ?? 0;
  return (
    <ItemForm
      title={item ? t("items.section", { name: item.title[locale] }) : t("items.newSection")}
      schema={sectionFormSchema(takenKeys(definition.sections.map((s) => s.key), item?.key ?? null), questions)}
      defaultValues={sectionValues(item)}
      onSave={onSave}
      onPreview={onPreview}
      onCancel={onCancel}
      onDelete={onDelete}
      deleteWarning={t("deleteSectionWarning", { count })}
      busy={busy}
    >
      <TextField name="key" label={t("fields.key")} help={t("fields.keyHelp")} />
      <LocalizedFields name="title" label={t("fields.sectionTitle")} />
      <LocalizedFields name="description" label={t("fields.description")} multiline />
      <CheckboxField name="profile" label={t("fields.profile")} help={t("fields.profileHelp")} />
      <RuleField name="visibleWhen" legend={t("fields.sectionVisibleWhen")} help={t("fields.visibleWhenHelp")} questions={ruleQuestions(definition, locale)} optional />
    </ItemForm>
  );
}

export function QuestionForm({
  definition,
  item,
  section,
  onSave,
  onPreview,
  onCancel,
  onDelete,
  busy,
}: FormProps<{ section: string; question: Question }> & { section: string }) {
  const t = useTranslations("editor");
  const locale = useLocale();
  const question = item?.question;
  const allKeys = definition.sections.flatMap((s) => s.questions.map((q) => q.key));
  return (
    <ItemForm
      title={question ? t("items.question", { name: question.label[locale] }) : t("items.newQuestion")}
      schema={questionFormSchema(takenKeys(allKeys, question?.key ?? null), questionMap(definition), definition.sections.map((s) => s.key))}
      defaultValues={questionValues(section, question)}
      onSave={onSave}
      onPreview={onPreview}
      onCancel={onCancel}
      onDelete={onDelete}
      busy={busy}
    >
      <div className="grid gap-3 md:grid-cols-2">
        <SelectField name="section" label={t("fields.section")} options={definition.sections.map((s) => [s.key, s.title[locale]] as const)} />
        <SelectField name="kind" label={t("fields.kind")} options={QUESTION_KINDS.map((k) => [k, t(`kinds.${k}`)] as const)} />
      </div>
      <TextField name="key" label={t("fields.key")} help={question ? t("fields.keyPublishedHelp") : t("fields.keyHelp")} />
      <TextField name="replaces" label={t("fields.replaces")} help={t("fields.replacesHelp")} />
      <LocalizedFields name="label" label={t("fields.questionText")} multiline />
      <LocalizedFields name="help" label={t("fields.help")} multiline />
      <CheckboxField name="required" label={t("fields.required")} />
      <KindFields />
      <RuleField name="visibleWhen" legend={t("fields.visibleWhen")} help={t("fields.visibleWhenHelp")} questions={ruleQuestions(definition, locale, question?.key)} optional />
      <SourceFields name="source" quoteRequired={false} />
    </ItemForm>
  );
}

/** The fields the chosen kind declares (kinds.ts): options, number range and unit, maximum length. */
function KindFields() {
  const t = useTranslations("editor");
  const kind = useWatch({ name: "kind" }) as Question["kind"];
  const { fields, fieldHelp } = KINDS[kind];
  const help = (field: keyof NonNullable<typeof fieldHelp>) => (fieldHelp?.[field] ? t(`fields.${fieldHelp[field]}` as "fields.unitPercentageHelp") : undefined);
  return fields.map((field) => {
    switch (field) {
      case "options":
        return <OptionFields key={field} />;
      case "range":
        return (
          <fieldset key={field} className="space-y-3 rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-semibold">{t("fields.numberRange")}</legend>
            <div className="grid gap-3 md:grid-cols-2">
              <TextField name="min" label={t("fields.min")} inputMode="decimal" />
              <TextField name="max" label={t("fields.max")} inputMode="decimal" />
            </div>
            <CheckboxField name="integer" label={t("fields.integer")} />
            <LocalizedFields name="unit" label={t("fields.unit")} help={help("range")} />
          </fieldset>
        );
      case "maxLength":
        return <TextField key={field} name="maxLength" label={t("fields.maxLength")} help={t("fields.maxLengthHelp")} inputMode="numeric" />;
    }
  });
}

function OptionFields() {
  const t = useTranslations("editor");
  const { control } = useFormContext();
  const { fields, append, remove, move } = useFieldArray({ control, name: "options" });
  const error = useFieldError()("options");
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">{t("fields.options")}</legend>
      <p className="text-sm text-slate-600">{t("fields.optionsHelp")}</p>
      <ol className="space-y-3">
        {fields.map((f, i) => (
          <li key={f.id} className="space-y-2 rounded border border-slate-200 p-2" data-testid="option">
            <TextField name={`options.${i}.value`} label={t("fields.optionValue", { n: i + 1 })} />
            <LocalizedFields name={`options.${i}.label`} label={t("fields.optionLabel", { n: i + 1 })} />
            <div className="flex gap-2">
              <button type="button" className="text-sm underline" disabled={i === 0} onClick={() => move(i, i - 1)}>
                {t("moveUp")}
              </button>
              <button type="button" className="text-sm underline" disabled={i === fields.length - 1} onClick={() => move(i, i + 1)}>
                {t("moveDown")}
              </button>
              <button type="button" className="text-sm text-red-700 underline" onClick={() => remove(i)}>
                {t("fields.removeOption", { n: i + 1 })}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <Button type="button" variant="secondary" onClick={() => append({ value: "", label: { nl: "", en: "" } })}>
        {t("fields.addOption")}
      </Button>
      {error && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function ConditionForm({ definition, item, onSave, onPreview, onCancel, onDelete, busy }: FormProps<Condition>) {
  const t = useTranslations("editor");
  const locale = useLocale();
  const questions = ruleQuestions(definition, locale);
  const fileQuestions = questions.filter((q) => q.question.kind === "file");
  const tClass = useTranslations("legalClasses");
  return (
    <ItemForm
      title={item ? t("items.condition", { name: item.text[locale] }) : t("items.newCondition")}
      schema={conditionFormSchema(takenKeys(definition.conditions.map((c) => c.key), item?.key ?? null), questionMap(definition))}
      defaultValues={conditionValues(item)}
      onSave={onSave}
      onPreview={onPreview}
      onCancel={onCancel}
      onDelete={onDelete}
      busy={busy}
    >
      <TextField name="key" label={t("fields.key")} help={t("fields.keyHelp")} />
      <LocalizedFields name="text" label={t("fields.conditionText")} multiline />
      <SelectField name="legalClass" label={t("fields.legalClass")} help={t("fields.legalClassHelp")} options={LEGAL_CLASSES.map((c) => [c, tClass(c)] as const)} />
      <TextField name="basisHeading" label={t("fields.basisHeading")} help={t("fields.basisHeadingHelp")} />
      <TextField name="basisSentence" label={t("fields.basisSentence")} />
      <RuleField name="rule" legend={t("fields.rule")} help={t("fields.ruleHelp")} questions={questions} optional={false} />
      <RuleField name="appliesWhen" legend={t("fields.appliesWhen")} help={t("fields.appliesWhenHelp")} questions={questions} optional />
      <LocalizedFields name="audience" label={t("fields.audience")} help={t("fields.audienceHelp")} />
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">{t("fields.evidence")}</legend>
        <SelectField
          name="evidenceQuestion"
          label={t("fields.evidenceQuestion")}
          help={t("fields.evidenceHelp")}
          options={[["", t("fields.noEvidence")] as const, ...fileQuestions.map((q) => [q.question.key, q.question.label[locale]] as const)]}
        />
        <LocalizedFields name="evidenceDescription" label={t("fields.evidenceDescription")} />
        <CheckboxField name="evidenceRequired" label={t("fields.evidenceRequired")} help={t("fields.evidenceRequiredHelp")} />
      </fieldset>
      <SourceFields name="source" quoteRequired />
    </ItemForm>
  );
}

export function DateForm({ definition, item, onSave, onPreview, onCancel, onDelete, busy }: FormProps<ProcedureDate>) {
  const t = useTranslations("editor");
  const locale = useLocale();
  return (
    <ItemForm
      title={item ? t("items.procedureDate", { name: item.event[locale] }) : t("items.newProcedureDate")}
      schema={dateFormSchema(takenKeys(definition.procedureDates.map((d) => d.key), item?.key ?? null), questionMap(definition))}
      defaultValues={dateValues(item)}
      onSave={onSave}
      onPreview={onPreview}
      onCancel={onCancel}
      onDelete={onDelete}
      busy={busy}
    >
      <TextField name="key" label={t("fields.key")} help={t("fields.keyHelp")} />
      <LocalizedFields name="event" label={t("fields.event")} />
      <SelectField name="actor" label={t("fields.actor")} options={ACTORS.map((a) => [a, t(`actors.${a}`)] as const)} />
      <SelectField name="precision" label={t("fields.precision")} help={t("fields.precisionHelp")} options={PRECISIONS.map((p) => [p, t(`precisions.${p}`)] as const)} />
      <WhenFields />
      <RuleField name="appliesWhen" legend={t("fields.dateAppliesWhen")} help={t("fields.appliesWhenHelp")} questions={ruleQuestions(definition, locale)} optional />
      <SourceFields name="source" quoteRequired={false} />
    </ItemForm>
  );
}

/** The date fields that match the precision: a day (with time and end), a month (with qualifier), a year. */
function WhenFields() {
  const t = useTranslations("editor");
  const precision = useWatch({ name: "precision" }) as (typeof PRECISIONS)[number];
  if (precision === "month") {
    return (
      <div className="grid gap-3 md:grid-cols-2">
        <TextField name="month" label={t("fields.month")} type="month" help={t("fields.monthHelp")} />
        <SelectField name="qualifier" label={t("fields.qualifier")} options={[["", t("qualifiers.none")] as const, ...QUALIFIERS.map((q) => [q, t(`qualifiers.${q}`)] as const)]} />
      </div>
    );
  }
  if (precision === "year") return <TextField name="year" label={t("fields.year")} inputMode="numeric" />;
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <TextField name="date" label={t("fields.date")} type="date" />
      <TextField name="time" label={t("fields.time")} type="time" />
      <TextField name="endDate" label={t("fields.endDate")} type="date" help={t("fields.endDateHelp")} />
      <TextField name="endTime" label={t("fields.endTime")} type="time" />
    </div>
  );
}

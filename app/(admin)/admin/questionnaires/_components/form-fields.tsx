"use client";
import { Controller, get, useFormContext } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import { useValidationMessage } from "@/components/ui/use-validation-message";
import { RuleBuilder, type RuleQuestion } from "./rule-builder";

/** The translated message of a field's error, if any (messages are message keys). */
export function useFieldError() {
  const {
    formState: { errors },
  } = useFormContext();
  const message = useValidationMessage();
  return (name: string): string | undefined => {
    const error: { message?: unknown } | undefined = get(errors, name) ?? get(errors, `${name}.root`);
    return message(error?.message);
  };
}

export function TextField({
  name,
  label,
  help,
  type = "text",
  multiline = false,
  inputMode,
}: {
  name: string;
  label: string;
  help?: string;
  type?: "text" | "date" | "time" | "month" | "number";
  multiline?: boolean;
  inputMode?: "decimal" | "numeric";
}) {
  const { register } = useFormContext();
  const error = useFieldError()(name);
  return (
    <Field label={label} help={help} error={error}>
      {(a) =>
        multiline ? (
          <textarea {...a} {...register(name)} rows={3} className={inputClass} />
        ) : (
          <input {...a} {...register(name)} type={type} inputMode={inputMode} className={inputClass} />
        )
      }
    </Field>
  );
}

/** One text in Dutch and English, side by side. */
export function LocalizedFields({ name, label, help, multiline }: { name: string; label: string; help?: string; multiline?: boolean }) {
  const t = useTranslations("editor.fields");
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <TextField name={`${name}.nl`} label={`${label} (${t("nl")})`} help={help} multiline={multiline} />
      <TextField name={`${name}.en`} label={`${label} (${t("en")})`} multiline={multiline} />
    </div>
  );
}

export function SelectField({ name, label, help, options }: { name: string; label: string; help?: string; options: readonly (readonly [string, string])[] }) {
  const { register } = useFormContext();
  const error = useFieldError()(name);
  return (
    <Field label={label} help={help} error={error}>
      {(a) => (
        <select {...a} {...register(name)} className={inputClass}>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({ name, label, help }: { name: string; label: string; help?: string }) {
  const { register } = useFormContext();
  return (
    <div>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" {...register(name)} className="h-4 w-4" />
        {label}
      </label>
      {help && <p className="ml-6 text-sm text-slate-600">{help}</p>}
    </div>
  );
}

/** Where in the policy document the item comes from. */
export function SourceFields({ name, quoteRequired }: { name: string; quoteRequired: boolean }) {
  const t = useTranslations("editor.fields");
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">{t("source")}</legend>
      <div className="grid gap-3 md:grid-cols-[minmax(0,1fr)_8rem]">
        <TextField name={`${name}.section`} label={t("sourceSection")} />
        <TextField name={`${name}.page`} label={t("sourcePage")} inputMode="numeric" />
      </div>
      <TextField name={`${name}.quote`} label={quoteRequired ? t("sourceQuote") : t("sourceQuoteOptional")} help={t("sourceQuoteHelp")} multiline />
    </fieldset>
  );
}

/** A rule built with the rule builder, as one form field. Problems show per part after a save attempt. */
export function RuleField({ name, legend, help, questions, optional }: { name: string; legend: string; help?: string; questions: readonly RuleQuestion[]; optional: boolean }) {
  const { control, formState } = useFormContext();
  const error = useFieldError()(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <RuleBuilder
          legend={legend}
          help={help}
          value={field.value}
          onChange={field.onChange}
          questions={questions}
          optional={optional}
          showProblems={formState.isSubmitted}
          error={error}
        />
      )}
    />
  );
}

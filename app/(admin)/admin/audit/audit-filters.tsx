"use client";
import { useTranslations } from "next-intl";
import { AUDIT_ACTION_PREFIXES } from "@/lib/audit/actions";
import { auditFiltersSchema, type AuditFilters } from "@/lib/validation/audit";
import { InputField, SelectField } from "@/components/ui/input-fields";
import { UrlFilterForm } from "@/components/ui/url-filter-form";

/** The audit log's search; the filters go into the URL and the server searches. */
export function AuditFilterForm({ values }: { values: AuditFilters }) {
  const t = useTranslations("audit.filters");
  const actions = useTranslations("audit.actions");
  // A prefix from a hand-written URL that the list does not know yet stays selectable.
  const prefixes: readonly string[] = AUDIT_ACTION_PREFIXES.includes(values.action as never) || !values.action ? AUDIT_ACTION_PREFIXES : [...AUDIT_ACTION_PREFIXES, values.action];
  return (
    <UrlFilterForm schema={auditFiltersSchema} values={values} path="/admin/audit" label={t("label")} submitLabel={t("search")} resetLabel={t("clear")}>
      {({ register, error }) => (
        <>
          <div className="min-w-64 flex-1">
            <InputField label={t("q")} help={t("qHelp")} error={error("q")} type="search" {...register("q")} />
          </div>
          <SelectField
            label={t("action")}
            error={error("action")}
            anyLabel={t("allActions")}
            options={prefixes.map((p) => ({ value: p, label: actions.has(p) ? actions(p) : p }))}
            {...register("action")}
          />
          <InputField label={t("from")} error={error("from")} type="date" {...register("from")} />
          <InputField label={t("to")} error={error("to")} type="date" {...register("to")} />
        </>
      )}
    </UrlFilterForm>
  );
}

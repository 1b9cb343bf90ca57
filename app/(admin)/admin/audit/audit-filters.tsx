"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { AUDIT_ACTION_PREFIXES, auditFiltersSchema, type AuditFilters } from "@/lib/validation/audit";
import { toQuery } from "@/lib/validation/search-params";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useValidationMessage } from "@/components/ui/use-validation-message";

/** The audit log's search; the filters go into the URL and the server searches. */
export function AuditFilterForm({ values }: { values: AuditFilters }) {
  const t = useTranslations();
  const router = useRouter();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<AuditFilters>({ resolver: zodResolver(auditFiltersSchema), defaultValues: values });
  const message = useValidationMessage();
  const onSubmit = handleSubmit((v) => router.push(`/admin/audit${toQuery(v)}`));
  // A prefix from a hand-written URL that the list does not know yet stays selectable.
  const prefixes: readonly string[] = AUDIT_ACTION_PREFIXES.includes(values.action as never) || !values.action ? AUDIT_ACTION_PREFIXES : [...AUDIT_ACTION_PREFIXES, values.action];
  return (
    <form role="search" aria-label={t("audit.filters.label")} onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-4">
      <div className="min-w-64 flex-1">
        <Field label={t("audit.filters.q")} help={t("audit.filters.qHelp")} error={message(errors.q?.message)}>
          {(a) => <input {...a} {...register("q")} type="search" className={inputClass} />}
        </Field>
      </div>
      <Field label={t("audit.filters.action")} error={message(errors.action?.message)}>
        {(a) => (
          <select {...a} {...register("action")} className={inputClass}>
            <option value="">{t("audit.filters.allActions")}</option>
            {prefixes.map((p) => (
              <option key={p} value={p}>
                {t.has(`audit.actions.${p}`) ? t(`audit.actions.${p}`) : p}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("audit.filters.from")} error={message(errors.from?.message)}>
        {(a) => <input {...a} {...register("from")} type="date" className={inputClass} />}
      </Field>
      <Field label={t("audit.filters.to")} error={message(errors.to?.message)}>
        {(a) => <input {...a} {...register("to")} type="date" className={inputClass} />}
      </Field>
      <div className="flex items-center gap-4 self-end">
        <Button type="submit">{t("audit.filters.search")}</Button>
        <Link href="/admin/audit" className="text-sm text-brand-700 underline">
          {t("audit.filters.clear")}
        </Link>
      </div>
    </form>
  );
}

"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ROLES } from "@/lib/auth/permissions";
import { userFiltersSchema, type UserFilters } from "@/lib/validation/users";
import { toQuery } from "@/lib/validation/search-params";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useValidationMessage } from "@/components/ui/use-validation-message";

/** Search and filters; they live in the URL, so the server does the searching and a list can be shared. */
export function UserFilterForm({ values }: { values: UserFilters }) {
  const t = useTranslations();
  const message = useValidationMessage();
  const router = useRouter();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<UserFilters>({ resolver: zodResolver(userFiltersSchema), defaultValues: values });
  const onSubmit = handleSubmit((v) => router.push(`/admin/users${toQuery(v)}`));
  return (
    <form role="search" aria-label={t("users.filters.label")} onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-4">
      <div className="min-w-64 flex-1">
        <Field label={t("users.filters.q")} error={message(errors.q?.message)}>
          {(a) => <input {...a} {...register("q")} type="search" className={inputClass} />}
        </Field>
      </div>
      <Field label={t("users.filters.role")}>
        {(a) => (
          <select {...a} {...register("role")} className={inputClass}>
            <option value="">{t("users.filters.allRoles")}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("users.filters.status")}>
        {(a) => (
          <select {...a} {...register("status")} className={inputClass}>
            <option value="">{t("users.filters.allStatuses")}</option>
            <option value="active">{t("users.status.active")}</option>
            <option value="inactive">{t("users.status.inactive")}</option>
          </select>
        )}
      </Field>
      <div className="flex items-center gap-4">
        <Button type="submit">{t("users.filters.search")}</Button>
        <Link href="/admin/users" className="text-sm text-brand-700 underline">
          {t("users.filters.clear")}
        </Link>
      </div>
    </form>
  );
}

"use client";
import { useTranslations } from "next-intl";
import { ROLES } from "@/lib/auth/permissions";
import { userFiltersSchema, type UserFilters } from "@/lib/validation/users";
import { InputField, SelectField } from "@/components/ui/input-fields";
import { UrlFilterForm } from "@/components/ui/url-filter-form";

/** Search and filters; they live in the URL, so the server does the searching and a list can be shared. */
export function UserFilterForm({ values }: { values: UserFilters }) {
  const t = useTranslations();
  return (
    <UrlFilterForm schema={userFiltersSchema} values={values} path="/admin/users" label={t("users.filters.label")} submitLabel={t("users.filters.search")} resetLabel={t("users.filters.clear")}>
      {({ register, error }) => (
        <>
          <div className="min-w-64 flex-1">
            <InputField label={t("users.filters.q")} error={error("q")} type="search" {...register("q")} />
          </div>
          <SelectField label={t("users.filters.role")} anyLabel={t("users.filters.allRoles")} options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} {...register("role")} />
          <SelectField
            label={t("users.filters.status")}
            anyLabel={t("users.filters.allStatuses")}
            options={(["active", "inactive"] as const).map((s) => ({ value: s, label: t(`users.status.${s}`) }))}
            {...register("status")}
          />
        </>
      )}
    </UrlFilterForm>
  );
}

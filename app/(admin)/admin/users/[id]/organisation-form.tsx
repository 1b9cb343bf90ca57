"use client";
import { useId, useState, useTransition, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { changeOrganisationSchema, type ChangeOrganisation } from "@/lib/validation/users";
import { inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { changeOrganisationAction, searchOrganisationsAction } from "../actions";
import { useUserFormSubmit } from "../use-user-form-submit";
import { useValidationMessage } from "@/components/ui/use-validation-message";

interface OrganisationOption {
  id: string;
  name: string;
  kvkNumber: string;
}

/**
 * A provider user's organisation and signatory flag. The administrator searches organisations by
 * name or KvK number on the server and picks one from the results.
 */
export function OrganisationForm({ userId, current, signatory }: { userId: string; current: OrganisationOption | null; signatory: boolean }) {
  const t = useTranslations();
  const message = useValidationMessage();
  const ids = useId();
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<OrganisationOption[]>(current ? [current] : []);
  const [searched, setSearched] = useState(false);
  const [searching, startSearch] = useTransition();
  const form = useForm<ChangeOrganisation>({
    resolver: zodResolver(changeOrganisationSchema),
    defaultValues: { userId, organisationId: current?.id ?? "", signatory },
  });
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const { onSubmit, formError, setFormError, saved } = useUserFormSubmit(form, changeOrganisationAction);
  const selectedId = useWatch({ control, name: "organisationId" });

  const search = () =>
    startSearch(async () => {
      setFormError(null);
      try {
        const found = await searchOrganisationsAction(query);
        // The chosen organisation stays in the list, so the choice never disappears from view.
        const selected = options.find((o) => o.id === selectedId && !found.some((f) => f.id === o.id));
        setOptions(selected ? [selected, ...found] : found);
        setSearched(true);
      } catch {
        setFormError(t("users.errors.failed"));
      }
    });
  const searchOnEnter = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      search();
    }
  };

  const errorId = `${ids}-error`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Notice>{formError}</Notice>
      <Notice tone="success">{saved && t("users.organisation.saved")}</Notice>
      <div className="space-y-1">
        <label htmlFor={`${ids}-search`} className="block text-sm font-medium text-slate-900">
          {t("users.organisation.search")}
        </label>
        <div className="flex gap-2">
          <input id={`${ids}-search`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={searchOnEnter} className={inputClass} />
          <Button type="button" variant="secondary" onClick={search} disabled={searching}>
            {t("users.organisation.searchButton")}
          </Button>
        </div>
      </div>
      <fieldset className="space-y-2" aria-describedby={errors.organisationId ? errorId : undefined}>
        <legend className="text-sm font-medium text-slate-900">{t("users.organisation.choose")}</legend>
        {options.length === 0 ? (
          <p className="text-sm text-slate-700" role={searched ? "status" : undefined}>
            {searched ? t("users.organisation.noResults") : t("users.organisation.searchFirst")}
          </p>
        ) : (
          <ul className="max-h-72 space-y-1 overflow-y-auto">
            {options.map((o) => (
              <li key={o.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input type="radio" value={o.id} {...register("organisationId")} />
                  {t("users.organisation.option", { name: o.name, kvk: o.kvkNumber })}
                  {o.id === current?.id && <span className="text-slate-600">{t("users.organisation.current")}</span>}
                </label>
              </li>
            ))}
          </ul>
        )}
        {errors.organisationId?.message && (
          <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
            {message(errors.organisationId.message)}
          </p>
        )}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register("signatory")} />
        {t("users.organisation.signatory")}
      </label>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("users.working") : t("users.organisation.submit")}
      </Button>
    </form>
  );
}

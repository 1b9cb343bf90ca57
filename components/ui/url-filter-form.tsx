"use client";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { get, useForm, type FieldValues, type Path, type UseFormRegister } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { toQuery } from "@/lib/validation/search-params";
import { FilterForm } from "./filter-form";
import { useValidationMessage } from "./use-validation-message";

export interface UrlFilterFields<Values extends FieldValues> {
  register: UseFormRegister<Values>;
  /** The field's error in the reader's language, if any. */
  error: (name: Path<Values>) => string | undefined;
}

/**
 * A filter form that checks its fields with the list's zod schema before it navigates; the server
 * reads the filters from the URL and does the searching.
 */
export function UrlFilterForm<Values extends Record<string, string>>({
  schema,
  values,
  path,
  label,
  submitLabel,
  resetLabel,
  children,
}: {
  schema: z.ZodType<Values, Values>;
  values: Values;
  /** The list's own path, e.g. "/admin/users". */
  path: string;
  label: string;
  submitLabel: string;
  resetLabel: string;
  children: (fields: UrlFilterFields<Values>) => ReactNode;
}) {
  const message = useValidationMessage();
  const router = useRouter();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: values as never });
  const error = (name: Path<Values>) => message((get(errors, name) as { message?: unknown } | undefined)?.message);
  return (
    <FilterForm label={label} submitLabel={submitLabel} resetLabel={resetLabel} resetHref={path} onSubmit={handleSubmit((v) => router.push(`${path}${toQuery(v)}`))} noValidate>
      {children({ register, error })}
    </FilterForm>
  );
}

"use client";
import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { ReviewActionState } from "./actions";

/**
 * The submit step the officer's small review forms share: call the server action, put its field
 * errors on the fields, its message above the button, and say when it was saved.
 */
export function useReviewSubmit<T extends FieldValues>(form: UseFormReturn<T>, save: (values: T) => Promise<ReviewActionState>, onSaved?: () => void) {
  const t = useTranslations("review");
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    try {
      const result = await save(values);
      if (result.ok) {
        onSaved?.();
        setSaved(true);
        return;
      }
      for (const [field, key] of Object.entries(result.fieldErrors ?? {})) form.setError(field as Path<T>, { message: key }, { shouldFocus: true });
      if (result.error) setFormError(result.error);
    } catch {
      setFormError(t("errors.failed"));
    }
  });
  return { onSubmit, formError, saved };
}

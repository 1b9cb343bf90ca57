"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

type UserActionResult = { ok: true } | { ok: false; message: string } | { ok: false; fieldErrors: Record<string, string> };

/**
 * The submit step the forms on a user's page share: call the server action, put its field errors on
 * the fields, its message above the button, say when it was saved and reload the page's data.
 */
export function useUserFormSubmit<T extends FieldValues>(form: UseFormReturn<T>, save: (values: T) => Promise<UserActionResult>) {
  const t = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    try {
      const result = await save(values);
      if (result.ok) {
        setSaved(true);
        router.refresh();
      } else if ("fieldErrors" in result) {
        for (const [field, key] of Object.entries(result.fieldErrors)) form.setError(field as Path<T>, { message: key });
      } else {
        setFormError(t(result.message));
      }
    } catch {
      setFormError(t("users.errors.failed"));
    }
  });
  return { onSubmit, formError, setFormError, saved };
}

"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { invitationSchema, type InvitationInput } from "@/lib/validation/account";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { inviteColleagueAction } from "./actions";
import { useValidationMessage } from "@/components/ui/use-validation-message";

export function InviteForm() {
  const t = useTranslations("colleagues");
  const message = useValidationMessage();
  const [link, setLink] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const { register, handleSubmit, setError, reset, formState: { errors, isSubmitting } } = useForm<InvitationInput>({
    resolver: zodResolver(invitationSchema),
    defaultValues: { email: "", signatory: false },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFailed(false);
    try {
      const result = await inviteColleagueAction(values);
      if (!result.ok) {
        for (const [field, key] of Object.entries(result.fieldErrors)) setError(field as keyof InvitationInput, { message: key });
        return;
      }
      setLink(result.link);
      reset();
    } catch {
      setFailed(true);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <Field label={t("email")} error={message(errors.email?.message)}>
        {(a) => <input {...a} {...register("email")} type="email" autoComplete="off" className={inputClass} />}
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register("signatory")} className="h-4 w-4" />
        {t("signatory")}
      </label>
      <Button type="submit" disabled={isSubmitting}>
        {t("invite")}
      </Button>
      {failed && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {t("failed")}
        </p>
      )}
      {link && (
        <div role="status" className="space-y-1 rounded-md border border-green-300 bg-green-50 p-3 text-sm">
          <p>{t("linkCreated")}</p>
          <input readOnly value={link} aria-label={t("link")} className={inputClass} data-testid="invite-link" onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
    </form>
  );
}

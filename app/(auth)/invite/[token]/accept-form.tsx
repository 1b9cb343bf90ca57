"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { acceptInvitationSchema, type AcceptInvitationInput } from "@/lib/validation/account";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { acceptInvitationAction } from "./actions";
import { useValidationMessage } from "@/components/ui/use-validation-message";

export function AcceptForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("invite");
  const tr = useTranslations("register");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<AcceptInvitationInput>({
    resolver: zodResolver(acceptInvitationSchema),
    defaultValues: { name: "", password: "", passwordConfirm: "" },
  });
  const message = useValidationMessage();
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await acceptInvitationAction(token, values);
      if (!result.ok) {
        if (result.invalid) return setFormError(t("invalid"));
        for (const [field, key] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof AcceptInvitationInput, { message: key });
        return;
      }
      await signIn("credentials", { email, password: values.password, redirect: false });
      router.replace("/dashboard");
      router.refresh();
    } catch {
      setFormError(tr("failed"));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Notice>{formError}</Notice>
      <Field label={tr("email")}>{(a) => <input {...a} value={email} readOnly className={`${inputClass} bg-slate-100`} />}</Field>
      <Field label={tr("name")} error={message(errors.name?.message)}>
        {(a) => <input {...a} {...register("name")} autoComplete="name" className={inputClass} />}
      </Field>
      <Field label={tr("password")} help={tr("passwordHelp")} error={message(errors.password?.message)}>
        {(a) => <input {...a} {...register("password")} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field label={tr("passwordConfirm")} error={message(errors.passwordConfirm?.message)}>
        {(a) => <input {...a} {...register("passwordConfirm")} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}

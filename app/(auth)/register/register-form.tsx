"use client";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { registrationSchema, type RegistrationInput } from "@/lib/validation/account";
import { REGIONS } from "@/lib/regions";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { registerAction } from "./actions";
import { useValidationMessage } from "@/components/ui/use-validation-message";

export function RegisterForm() {
  const t = useTranslations("register");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RegistrationInput>({
    resolver: zodResolver(registrationSchema),
    // Validate on submit, then as the user corrects: no messages that move the button while tabbing out.
    // region starts empty: the placeholder option, so the user must choose.
    defaultValues: { organisationName: "", kvkNumber: "", agbCode: "", region: "" as RegistrationInput["region"], name: "", email: "", password: "", passwordConfirm: "" },
  });
  const message = useValidationMessage();

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await registerAction(values);
      if (!result.ok) {
        for (const [field, key] of Object.entries(result.fieldErrors)) {
          setError(field as keyof RegistrationInput, { message: key }, { shouldFocus: true });
        }
        setFormError(t("errorSummary"));
        return;
      }
      const signedIn = await signIn("credentials", { email: values.email, password: values.password, redirect: false });
      router.replace(signedIn?.ok ? "/dashboard" : "/login");
      router.refresh();
    } catch {
      setFormError(t("failed"));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-describedby={formError ? "form-error" : undefined}>
      <Notice id="form-error">{formError}</Notice>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("organisation")}</legend>
        <Field label={t("organisationName")} error={message(errors.organisationName?.message)}>
          {(a) => <input {...a} {...register("organisationName")} autoComplete="organization" className={inputClass} />}
        </Field>
        <Field label={t("kvkNumber")} help={t("kvkHelp")} error={message(errors.kvkNumber?.message)}>
          {(a) => <input {...a} {...register("kvkNumber")} inputMode="numeric" className={inputClass} />}
        </Field>
        <Field label={t("agbCode")} help={t("agbHelp")} error={message(errors.agbCode?.message)}>
          {(a) => <input {...a} {...register("agbCode")} inputMode="numeric" className={inputClass} />}
        </Field>
        <Field label={t("region")} error={message(errors.region?.message)}>
          {(a) => (
            <select {...a} {...register("region")} className={inputClass}>
              <option value="" disabled>
                {t("regionPlaceholder")}
              </option>
              {REGIONS.map(([key, name]) => (
                <option key={key} value={key}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("account")}</legend>
        <Field label={t("name")} error={message(errors.name?.message)}>
          {(a) => <input {...a} {...register("name")} autoComplete="name" className={inputClass} />}
        </Field>
        <Field label={t("email")} error={message(errors.email?.message)}>
          {(a) => <input {...a} {...register("email")} type="email" autoComplete="email" className={inputClass} />}
        </Field>
        <Field label={t("password")} help={t("passwordHelp")} error={message(errors.password?.message)}>
          {(a) => <input {...a} {...register("password")} type="password" autoComplete="new-password" className={inputClass} />}
        </Field>
        <Field label={t("passwordConfirm")} error={message(errors.passwordConfirm?.message)}>
          {(a) => (
            <input {...a} {...register("passwordConfirm")} type="password" autoComplete="new-password" className={inputClass} />
          )}
        </Field>
      </fieldset>
      <div className="flex items-center justify-between gap-4">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("submitting") : t("submit")}
        </Button>
        <p className="text-sm">
          {t("haveAccount")}{" "}
          <Link href="/login" className="font-medium text-brand-700 underline">
            {t("login")}
          </Link>
        </p>
      </div>
    </form>
  );
}

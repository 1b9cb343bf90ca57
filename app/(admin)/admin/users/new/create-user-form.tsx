"use client";
import Link from "next/link";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { STAFF_ROLES, createUserSchema, type CreateUserInput } from "@/lib/validation/users";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { OneTimePassword } from "@/components/admin/one-time-password";
import { Notice } from "@/components/ui/notice";
import { createUserAction } from "../actions";
import { PurchaserOptions } from "../purchaser-options";
import { useValidationMessage } from "@/components/ui/use-validation-message";

const EMPTY: CreateUserInput = { name: "", email: "", role: "" as CreateUserInput["role"], purchaserId: "", passwordMode: "generate", password: "" };

export function CreateUserForm({ purchasers }: { purchasers: readonly { id: string; name: string }[] }) {
  const t = useTranslations();
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ id: string; name: string; password: string | null } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<CreateUserInput>({ resolver: zodResolver(createUserSchema), defaultValues: EMPTY });
  const passwordMode = useWatch({ control, name: "passwordMode" });
  const role = useWatch({ control, name: "role" });
  const message = useValidationMessage();

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await createUserAction(values);
      if (!result.ok) {
        for (const [field, key] of Object.entries(result.fieldErrors)) {
          setError(field as keyof CreateUserInput, { message: key }, { shouldFocus: true });
        }
        setFormError(t("users.errorSummary"));
        return;
      }
      setCreated({ id: result.userId, name: values.name.trim(), password: result.generatedPassword });
    } catch {
      setFormError(t("users.errors.failed"));
    }
  });

  if (created) {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 font-medium">
          {t("users.create.created", { name: created.name })}
        </p>
        {created.password && <OneTimePassword password={created.password} name={created.name} />}
        <p className="flex flex-wrap gap-4 text-sm">
          <Link href={`/admin/users/${created.id}`} className="font-medium text-brand-700 underline">
            {t("users.create.toUser")}
          </Link>
          <button
            type="button"
            className="font-medium text-brand-700 underline"
            onClick={() => {
              reset(EMPTY);
              setCreated(null);
            }}
          >
            {t("users.create.another")}
          </button>
        </p>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Notice>{formError}</Notice>
      <Field label={t("users.create.name")} error={message(errors.name?.message)}>
        {(a) => <input {...a} {...register("name")} autoComplete="off" className={inputClass} />}
      </Field>
      <Field label={t("users.create.email")} error={message(errors.email?.message)}>
        {(a) => <input {...a} {...register("email")} type="email" autoComplete="off" className={inputClass} />}
      </Field>
      <Field label={t("users.create.role")} error={message(errors.role?.message)}>
        {(a) => (
          <select {...a} {...register("role")} className={inputClass}>
            <option value="" disabled>
              {t("users.create.rolePlaceholder")}
            </option>
            {STAFF_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {role === "OFFICER" && (
        <Field label={t("users.create.purchaser")} help={t("users.create.purchaserHelp")} error={message(errors.purchaserId?.message)}>
          {(a) => (
            <select {...a} {...register("purchaserId")} className={inputClass}>
              <PurchaserOptions purchasers={purchasers} placeholder={t("users.create.purchaserPlaceholder")} />
            </select>
          )}
        </Field>
      )}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-900">{t("users.create.password")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="generate" {...register("passwordMode")} />
          {t("users.create.passwordGenerate")}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="set" {...register("passwordMode")} />
          {t("users.create.passwordSet")}
        </label>
      </fieldset>
      {passwordMode === "set" && (
        <Field label={t("users.create.initialPassword")} help={t("users.create.passwordHelp")} error={message(errors.password?.message)}>
          {(a) => <input {...a} {...register("password")} type="password" autoComplete="new-password" className={inputClass} />}
        </Field>
      )}
      <div className="flex items-center gap-4">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("users.create.submitting") : t("users.create.submit")}
        </Button>
        <Link href="/admin/users" className="text-sm text-brand-700 underline">
          {t("users.create.cancel")}
        </Link>
      </div>
    </form>
  );
}

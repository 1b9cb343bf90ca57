"use client";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { loginSchema } from "@/lib/validation/account";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/ui/use-validation-message";

type LoginInput = { email: string; password: string };
const KNOWN_ERRORS = ["CredentialsSignin", "RateLimited"] as const;

export function LoginForm() {
  const t = useTranslations("login");
  const message = useValidationMessage();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({ resolver: zodResolver(loginSchema), defaultValues: { email: "", password: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await signIn("credentials", { ...values, redirect: false }).catch(() => null);
    if (result?.ok && !result.error) {
      router.replace("/");
      router.refresh();
      return;
    }
    const code = KNOWN_ERRORS.find((k) => k === result?.error);
    setError(t(`errors.${code ?? "generic"}`));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Notice>{error}</Notice>
      <Field label={t("email")} error={message(errors.email?.message)}>
        {(a) => <input {...a} {...register("email")} type="email" autoComplete="username" className={inputClass} />}
      </Field>
      <Field label={t("password")} error={message(errors.password?.message)}>
        {(a) => (
          <input {...a} {...register("password")} type="password" autoComplete="current-password" className={inputClass} />
        )}
      </Field>
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
      <p className="text-center text-sm">
        {t("noAccount")}{" "}
        <Link href="/register" className="font-medium text-brand-700 underline">
          {t("register")}
        </Link>
      </p>
    </form>
  );
}

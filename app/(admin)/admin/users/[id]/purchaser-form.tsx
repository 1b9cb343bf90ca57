"use client";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { changePurchaserSchema, type ChangePurchaser } from "@/lib/validation/users";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/ui/use-validation-message";
import { changePurchaserAction } from "../actions";
import { PurchaserOptions } from "../purchaser-options";
import { useUserFormSubmit } from "../use-user-form-submit";

/** The purchaser an officer works for; the officer sees its submissions only. */
export function PurchaserForm({ userId, current, purchasers }: { userId: string; current: string | null; purchasers: readonly { id: string; name: string }[] }) {
  const t = useTranslations();
  const message = useValidationMessage();
  const form = useForm<ChangePurchaser>({ resolver: zodResolver(changePurchaserSchema), defaultValues: { userId, purchaserId: current ?? "" } });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const { onSubmit, formError, saved } = useUserFormSubmit(form, changePurchaserAction);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Notice>{formError}</Notice>
      <Notice tone="success">{saved && t("users.purchaser.saved")}</Notice>
      <Field label={t("users.purchaser.choose")} error={message(errors.purchaserId?.message)}>
        {(a) => (
          <select {...a} {...register("purchaserId")} className={inputClass}>
            <PurchaserOptions purchasers={purchasers} placeholder={t("users.create.purchaserPlaceholder")} />
          </select>
        )}
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("users.working") : t("users.purchaser.submit")}
      </Button>
    </form>
  );
}

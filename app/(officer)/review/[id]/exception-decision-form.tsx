"use client";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { exceptionDecisionSchema, type ExceptionDecisionInput } from "@/lib/review/workflow";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useValidationMessage } from "@/components/ui/use-validation-message";
import { decideExceptionAction } from "./actions";
import { useReviewSubmit } from "./use-review-submit";

/** Grant or refuse an exception the provider claims, with a reason both sides will see. */
export function ExceptionDecisionForm({ submissionId, conditionKey }: { submissionId: string; conditionKey: string }) {
  const t = useTranslations("review");
  const grantedErrorId = useId();
  const form = useForm<ExceptionDecisionInput>({
    resolver: zodResolver(exceptionDecisionSchema),
    defaultValues: { conditionKey, reason: "" },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const message = useValidationMessage();
  // Radio buttons hold strings; the decision is a boolean.
  const granted = register("granted", { setValueAs: (v: unknown) => (v === "true" ? true : v === "false" ? false : undefined) });

  const { onSubmit, formError, saved } = useReviewSubmit(form, (values) => decideExceptionAction(submissionId, values));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid={`exception-form-${conditionKey}`}>
      <fieldset aria-describedby={errors.granted ? grantedErrorId : undefined}>
        <legend className="sr-only">{t("submission.decision")}</legend>
        <div className="flex flex-wrap gap-6">
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" value="true" {...granted} className="h-4 w-4" />
            {t("submission.grant")}
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" value="false" {...granted} className="h-4 w-4" />
            {t("submission.refuse")}
          </label>
        </div>
        {errors.granted && (
          <p id={grantedErrorId} role="alert" className="text-sm font-medium text-red-700">
            {message("review.errors.granted")}
          </p>
        )}
      </fieldset>
      <Field label={t("submission.exceptionReason")} error={message(errors.reason?.message)}>
        {(p) => <textarea {...p} {...register("reason")} rows={2} className={inputClass} />}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {isSubmitting ? t("submission.saving") : t("submission.saveException")}
        </Button>
        <p role="status" className="text-sm text-green-800">
          {saved ? t("submission.saved") : ""}
        </p>
      </div>
      {formError && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {formError}
        </p>
      )}
    </form>
  );
}

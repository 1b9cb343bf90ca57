"use client";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { answerReviewSchema, VERDICTS, type AnswerReviewInput } from "@/lib/review/workflow";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { reviewAnswerAction } from "./actions";
import { useReviewSubmit } from "./use-review-submit";
import { useValidationMessage } from "@/components/ui/use-validation-message";

/** Accepted or needs change, with a comment the provider will see next to the question. */
export function AnswerReviewForm({ submissionId, questionKey }: { submissionId: string; questionKey: string }) {
  const t = useTranslations("review");
  const verdictErrorId = useId();
  const form = useForm<AnswerReviewInput>({
    resolver: zodResolver(answerReviewSchema),
    defaultValues: { questionKey, comment: "" },
  });
  const {
    register,
    reset,
    formState: { errors, isSubmitting },
  } = form;
  const message = useValidationMessage();
  const { onSubmit, formError, saved } = useReviewSubmit(form, (values) => reviewAnswerAction(submissionId, values), () => reset({ questionKey, comment: "" }));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <fieldset aria-describedby={errors.verdict ? verdictErrorId : undefined}>
        <legend className="text-sm font-medium">{t("submission.verdict")}</legend>
        <div className="mt-1 flex flex-wrap gap-6">
          {VERDICTS.map((v) => (
            <label key={v} className="flex items-center gap-2 text-sm">
              <input type="radio" value={v} {...register("verdict")} className="h-4 w-4" />
              {t(`submission.${v}`)}
            </label>
          ))}
        </div>
        {errors.verdict && (
          <p id={verdictErrorId} role="alert" className="text-sm font-medium text-red-700">
            {message(errors.verdict.message)}
          </p>
        )}
      </fieldset>
      <Field label={t("submission.comment")} help={t("submission.commentHelp")} error={message(errors.comment?.message)}>
        {(p) => <textarea {...p} {...register("comment")} rows={3} className={inputClass} />}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {isSubmitting ? t("submission.saving") : t("submission.saveReview")}
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

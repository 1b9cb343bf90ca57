"use client";
import { useId, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { DECISIONS, decisionSchema, type DecisionInput } from "@/lib/review/workflow";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { decideAction, startReviewAction, type ReviewActionState } from "./actions";
import { useValidationMessage } from "@/components/ui/use-validation-message";

/**
 * Approve, request changes or reject. The form carries the revision the officer is looking at, so a
 * decision on a submission someone else changed meanwhile is refused with who did what.
 */
export function DecisionPanel({ submissionId, revision, status, openChanges }: { submissionId: string; revision: number; status: string; openChanges: number }) {
  const t = useTranslations("review");
  const router = useRouter();
  const decisionErrorId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const [starting, startTransition] = useTransition();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<DecisionInput>({
    resolver: zodResolver(decisionSchema(openChanges > 0)),
    defaultValues: { message: "" },
  });
  const message = useValidationMessage();

  const show = (result: ReviewActionState) => {
    if (result.ok) return;
    for (const [field, key] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof DecisionInput, { message: key }, { shouldFocus: true });
    if (result.error) setFormError(result.error);
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      show(await decideAction(submissionId, revision, values));
    } catch {
      setFormError(t("errors.failed"));
    }
  });

  const start = () =>
    startTransition(async () => {
      setFormError(null);
      try {
        show(await startReviewAction(submissionId, revision));
      } catch {
        setFormError(t("errors.failed"));
      }
    });

  return (
    <div className="space-y-4">
      {status === "SUBMITTED" && (
        <div className="space-y-1">
          <Button type="button" variant="secondary" onClick={start} disabled={starting}>
            {t("submission.startReview")}
          </Button>
          <p className="text-sm text-slate-600">{t("submission.startReviewHelp")}</p>
        </div>
      )}
      <p className="text-sm text-slate-700">{t("submission.decisionIntro")}</p>
      <p className="text-sm font-medium" data-testid="open-changes">
        {t("submission.openChanges", { count: openChanges })}
      </p>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <fieldset aria-describedby={errors.decision ? decisionErrorId : undefined}>
          <legend className="font-medium">{t("submission.decision")}</legend>
          <div className="mt-1 space-y-1">
            {DECISIONS.map((d) => (
              <label key={d} className="flex items-center gap-2">
                <input type="radio" value={d} {...register("decision")} className="h-4 w-4" />
                {t(`submission.decisions.${d}`)}
              </label>
            ))}
          </div>
          {errors.decision && (
            <p id={decisionErrorId} role="alert" className="text-sm font-medium text-red-700">
              {message(errors.decision.message)}
            </p>
          )}
        </fieldset>
        <Field label={t("submission.message")} help={t("submission.messageHelp")} error={message(errors.message?.message)}>
          {(p) => <textarea {...p} {...register("message")} rows={4} className={inputClass} />}
        </Field>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("submission.deciding") : t("submission.confirm")}
        </Button>
      </form>
      {formError && (
        <div role="alert" className="space-y-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900" data-testid="decision-error">
          <p>{formError}</p>
          <Button type="button" variant="secondary" onClick={() => router.refresh()}>
            {t("submission.reload")}
          </Button>
        </div>
      )}
    </div>
  );
}

"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Confirm, FormError } from "@/components/ui/confirm";

/** Submits the submission at the revision the user saw; `message` is already translated. */
export type SubmitAction = (submissionId: string, revision: number) => Promise<{ ok: true } | { ok: false; message: string }>;

/**
 * Submitting: blocked, with the open required questions listed and linked, until all are answered;
 * allowed with unmet conditions, but the confirmation lists them. Only a signatory may submit. The
 * page hands in the server action, so this component is tied to no route.
 */
export function SubmitPanel(props: {
  submit: SubmitAction;
  submissionId: string;
  revision: number;
  status: string;
  editable: boolean;
  canSubmit: boolean;
  submittedAt: string | null;
  saved: boolean;
  missing: { key: string; label: string }[];
  unmetHard: string[];
  /** Required proof not uploaded yet, shown before submitting. */
  evidenceMissing: string[];
  onGoTo: (key: string) => void;
}) {
  const t = useTranslations("questionnaire");
  const format = useFormatter();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  if (!props.editable) {
    return (
      <div className="rounded-md border border-green-300 bg-green-50 p-4" data-testid="submitted">
        <p className="font-medium">{t("readOnly")}</p>
        {props.submittedAt && <p className="text-sm">{t("submitted", { date: format.dateTime(new Date(props.submittedAt), { dateStyle: "long", timeStyle: "short" }) })}</p>}
      </div>
    );
  }

  const submit = () =>
    startTransition(async () => {
      setError(null);
      const result = await props.submit(props.submissionId, props.revision);
      if (result.ok) {
        setConfirming(false);
        router.refresh();
      } else {
        setError(t("submitFailed", { reason: result.message }));
      }
    });

  return (
    <section aria-labelledby="submit-title" className="no-print space-y-3 rounded-md border border-slate-200 bg-white p-4">
      <h2 id="submit-title" className="text-lg font-semibold">
        {props.status === "CHANGES_REQUESTED" ? t("resubmit") : t("submit")}
      </h2>
      {!props.canSubmit && <p className="text-sm text-slate-700">{t("submitOnlySignatory")}</p>}
      {props.missing.length > 0 ? (
        <div data-testid="submit-blocked">
          <p className="text-sm">{t("submitBlocked")}</p>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {props.missing.map((m) => (
              <li key={m.key}>
                <button type="button" className="text-left text-brand-700 underline" onClick={() => props.onGoTo(m.key)}>
                  {m.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        props.canSubmit &&
        !confirming && (
          <Button type="button" onClick={() => setConfirming(true)} disabled={!props.saved}>
            {props.status === "CHANGES_REQUESTED" ? t("resubmit") : t("submit")}
          </Button>
        )
      )}
      {confirming && (
        <Confirm
          title={
            <>
              <p className="font-semibold">{t("confirmTitle")}</p>
              <p>{t("confirmText")}</p>
            </>
          }
          confirmLabel={t("confirm")}
          cancelLabel={t("cancel")}
          busy={pending}
          onConfirm={submit}
          onCancel={() => setConfirming(false)}
        >
          {props.unmetHard.length > 0 && (
            <div className="text-sm">
              <p className="font-medium">{t("confirmUnmet")}</p>
              <ul className="list-disc pl-5" data-testid="confirm-unmet">
                {props.unmetHard.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </div>
          )}
          {props.evidenceMissing.length > 0 && (
            <div className="text-sm">
              <p className="font-medium">{t("confirmEvidence")}</p>
              <ul className="list-disc pl-5" data-testid="confirm-evidence">
                {props.evidenceMissing.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </div>
          )}
        </Confirm>
      )}
      {error && <FormError>{error}</FormError>}
    </section>
  );
}

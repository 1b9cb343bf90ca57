"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Confirm, FormError } from "@/components/ui/confirm";
import { formatAnswer } from "@/lib/questionnaire/format-answer";
import type { Question } from "@/lib/questionnaire/schema";
import type { VersionMoveOffer } from "@/lib/server/services/version-move";
import { moveToNewestVersionAction } from "./actions";

/**
 * Offered when a newer version of the questionnaire is published while this draft is unsubmitted:
 * says which answers carry over and which no longer apply, and moves only after confirmation.
 */
export function VersionMoveBanner({ submissionId, offer }: { submissionId: string; offer: VersionMoveOffer }) {
  const t = useTranslations("editor.move");
  const locale = useLocale();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const move = async () => {
    setPending(true);
    setError(null);
    try {
      const result = await moveToNewestVersionAction(submissionId, offer.targetVersionId);
      if (result.ok) router.refresh();
      else setError(result.message);
    } catch {
      setError(t("errors.failed"));
    } finally {
      setPending(false);
    }
  };

  const describe = (d: VersionMoveOffer["dropped"][number]) => {
    if (d.files.length) return d.files.join(", ");
    // The old question, for the answer's words; an unknown kind shows the value as it is.
    const q = { key: d.questionKey, kind: d.kind ?? "shortText", label: d.label ?? { nl: d.questionKey, en: d.questionKey }, required: false } as Question;
    return formatAnswer(q, d.value, locale);
  };

  return (
    <section aria-labelledby="move-title" className="no-print space-y-2 rounded-md border border-sky-400 bg-sky-50 p-4" data-testid="version-move">
      <h2 id="move-title" className="font-semibold">
        {t("title", { number: offer.targetNumber, period: offer.targetPeriod })}
      </h2>
      <p className="text-sm">{t("intro", { current: offer.currentNumber, number: offer.targetNumber, kept: offer.keptAnswers })}</p>
      {offer.dropped.length > 0 ? (
        <div className="text-sm">
          <p className="font-medium">{t("dropped", { count: offer.dropped.length })}</p>
          <ul className="list-disc pl-5" data-testid="dropped-answers">
            {offer.dropped.map((d) => (
              <li key={`${d.questionKey}-${d.files.length}`}>
                {d.label?.[locale] ?? d.questionKey}: {describe(d)} <span className="text-slate-600">({t(`reasons.${d.reason}`)})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm">{t("allKept")}</p>
      )}
      {!confirming ? (
        <Button type="button" onClick={() => setConfirming(true)}>
          {t("button", { number: offer.targetNumber })}
        </Button>
      ) : (
        <Confirm
          title={t("confirm", { number: offer.targetNumber, count: offer.dropped.length })}
          confirmLabel={t("confirmYes")}
          cancelLabel={t("cancel")}
          busy={pending}
          onConfirm={() => void move()}
          onCancel={() => setConfirming(false)}
        />
      )}
      {error && <FormError>{error}</FormError>}
    </section>
  );
}

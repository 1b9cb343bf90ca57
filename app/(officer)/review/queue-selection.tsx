"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** The queue's checkboxes belong to this form (form="…"), so selecting works without scripts too. */
export const ANSWERS_EXPORT_FORM = "answers-export";

/** Downloads the answers of the ticked submissions; says so when none is ticked. */
export function AnswersExportForm() {
  const t = useTranslations("review.queue");
  const [empty, setEmpty] = useState(false);
  return (
    <form
      id={ANSWERS_EXPORT_FORM}
      action="/api/review/export/answers"
      method="get"
      onSubmit={(e) => {
        const none = new FormData(e.currentTarget).getAll("id").length === 0;
        setEmpty(none);
        if (none) e.preventDefault();
      }}
    >
      <Button type="submit" variant="secondary">
        {t("exportAnswers")}
      </Button>
      {empty && (
        <p role="alert" className="mt-1 text-sm font-medium text-red-700">
          {t("selectFirst")}
        </p>
      )}
    </form>
  );
}

export function SelectAllOnPage() {
  const t = useTranslations("review.queue");
  return (
    <input
      type="checkbox"
      aria-label={t("selectAll")}
      className="h-4 w-4"
      onChange={(e) => {
        const checked = e.currentTarget.checked;
        document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="id"][form="${ANSWERS_EXPORT_FORM}"]`).forEach((box) => {
          box.checked = checked;
        });
      }}
    />
  );
}

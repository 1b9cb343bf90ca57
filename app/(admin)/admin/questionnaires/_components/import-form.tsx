"use client";
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { ValidationIssue } from "@/lib/questionnaire/validate";
import { renderMessage } from "@/lib/i18n/message";

type Outcome = { ok: true; careType: string; number: number } | { ok: false; message: string; issues?: ValidationIssue[] };

/** Uploads a questionnaire file; every problem in it is listed, and nothing is imported unless all is well. */
export function ImportForm() {
  const t = useTranslations("editor.import");
  const words = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || !file.size) {
      setOutcome({ ok: false, message: t("chooseFile") });
      return;
    }
    setPending(true);
    setOutcome(null);
    try {
      const response = await fetch("/admin/questionnaires/import", { method: "POST", body: data });
      const body = await response.json().catch(() => ({}));
      if (response.ok) {
        setOutcome({ ok: true, careType: body.careType, number: body.number });
        router.refresh();
      } else {
        const known = ["invalid", "draftExists", "tooLarge", "forbidden"].includes(body.error) ? body.error : "failed";
        setOutcome({ ok: false, message: t(`errors.${known}`), issues: body.issues });
      }
    } catch {
      setOutcome({ ok: false, message: t("errors.failed") });
    } finally {
      setPending(false);
    }
  };

  return (
    <section aria-labelledby="import-title" className="space-y-3 rounded-md border border-slate-200 bg-white p-4">
      <h2 id="import-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3" noValidate>
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium">
            {t("file")}
          </label>
          <input id="import-file" name="file" type="file" accept="application/json,.json" className={inputClass} />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? t("importing") : t("submit")}
        </Button>
      </form>
      {outcome?.ok && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm">
          {t("done", { number: outcome.number })}{" "}
          <Link href={`/admin/questionnaires/${outcome.careType}/draft`} className="font-medium text-brand-700 underline">
            {t("openDraft")}
          </Link>
        </p>
      )}
      {outcome && !outcome.ok && (
        <div role="alert" className="space-y-1 rounded-md border border-red-300 bg-red-50 p-3 text-sm" data-testid="import-problems">
          <p className="font-medium">{outcome.message}</p>
          {outcome.issues && (
            <ul className="list-disc pl-5">
              {outcome.issues.map((i, n) => (
                <li key={n}>
                  <code>{i.path || t("wholeFile")}</code>: {renderMessage(i.message, words, locale)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

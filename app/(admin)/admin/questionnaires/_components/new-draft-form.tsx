"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { createDraftAction } from "../actions";

/** Next year's round: copy a version into a new draft, optionally with all procedure dates a year later. */
export function NewDraftForm({ careType, versions }: { careType: string; versions: { number: number; period: string }[] }) {
  const t = useTranslations("editor.newDraft");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await createDraftAction({ careType, number: data.get("number"), shift: data.get("shift") === "on" });
      if (result.ok) router.push(`/admin/questionnaires/${careType}/draft`);
      else setError(result.message);
    } catch {
      setError(t("failed"));
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <div>
        <label htmlFor="new-draft-version" className="block text-sm font-medium">
          {t("from")}
        </label>
        <select id="new-draft-version" name="number" defaultValue={versions[0]?.number} className="rounded-md border border-slate-400 bg-white px-3 py-2">
          {versions.map((v) => (
            <option key={v.number} value={v.number}>
              {t("option", { number: v.number, period: v.period })}
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="shift" defaultChecked className="h-4 w-4" />
        {t("shift")}
      </label>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
      {error && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}

"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";

/** A password the server returned once; it is never stored readable, so it cannot be shown again. */
export function OneTimePassword({ password, name }: { password: string; name: string }) {
  const t = useTranslations("users.oneTimePassword");
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-4" data-testid="one-time-password">
      <p className="font-semibold">{t("title")}</p>
      <p className="text-sm">{t("text", { name })}</p>
      <p className="flex flex-wrap items-center gap-3">
        <code className="rounded bg-white px-2 py-1 font-mono text-lg" data-testid="password">
          {password}
        </code>
        <button
          type="button"
          className="text-sm font-medium text-brand-700 underline"
          onClick={() => navigator.clipboard?.writeText(password).then(() => setCopied(true), () => setCopied(false))}
        >
          {copied ? t("copied") : t("copy")}
        </button>
      </p>
    </div>
  );
}

"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { OneTimePassword } from "@/components/admin/one-time-password";
import { Section } from "@/components/ui/section";
import { Notice } from "@/components/ui/notice";
import { resetPasswordAction, setUserActiveAction } from "../actions";

type Step = "deactivate" | "reset";

/** Deactivate/reactivate and password reset; the two actions that end a user's sessions ask first. */
export function UserAccess({ userId, name, active }: { userId: string; name: string; active: boolean }) {
  const t = useTranslations("users");
  const tAll = useTranslations();
  const router = useRouter();
  const [confirming, setConfirming] = useState<Step | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [password, setPassword] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (action: () => Promise<{ ok: true; password?: string } | { ok: false; message: string }>, done: string) =>
    startTransition(async () => {
      setError(null);
      setNotice(null);
      setPassword(null);
      try {
        const result = await action();
        setConfirming(null);
        if (!result.ok) return setError(tAll(result.message));
        setNotice(done);
        if (result.password) setPassword(result.password);
        router.refresh();
      } catch {
        setError(t("errors.failed"));
      }
    });

  const confirmBox = (step: Step, text: string, confirmLabel: string, onConfirm: () => void) =>
    confirming === step && (
      <div role="alertdialog" aria-labelledby={`${step}-text`} className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-3">
        <p id={`${step}-text`} className="text-sm">
          {text}
        </p>
        <div className="flex gap-3">
          <Button type="button" variant="danger" onClick={onConfirm} disabled={pending}>
            {pending ? t("working") : confirmLabel}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setConfirming(null)} disabled={pending}>
            {t("cancel")}
          </Button>
        </div>
      </div>
    );

  return (
    <div className="space-y-4">
      <Notice>{error}</Notice>
      <Notice tone="success">{notice}</Notice>
      {password && <OneTimePassword password={password} name={name} />}

      <Section titleId="access-title" title={t("access.title")}>
        <p className="text-sm text-slate-700">{active ? t("access.activeText") : t("access.inactiveText")}</p>
        {active ? (
          <>
            {confirming !== "deactivate" && (
              <Button type="button" variant="secondary" onClick={() => setConfirming("deactivate")} disabled={pending}>
                {t("access.deactivate")}
              </Button>
            )}
            {confirmBox("deactivate", t("access.deactivateConfirm", { name }), t("access.confirmDeactivate"), () =>
              run(() => setUserActiveAction(userId, false), t("access.deactivated", { name })),
            )}
          </>
        ) : (
          <Button type="button" onClick={() => run(() => setUserActiveAction(userId, true), t("access.reactivated", { name }))} disabled={pending}>
            {t("access.reactivate")}
          </Button>
        )}
      </Section>

      <Section titleId="reset-title" title={t("reset.title")}>
        <p className="text-sm text-slate-700">{t("reset.text")}</p>
        {confirming !== "reset" && (
          <Button type="button" variant="secondary" onClick={() => setConfirming("reset")} disabled={pending}>
            {t("reset.submit")}
          </Button>
        )}
        {confirmBox("reset", t("reset.confirm", { name }), t("reset.confirmSubmit"), () =>
          run(() => resetPasswordAction(userId), t("reset.done", { name })),
        )}
      </Section>
    </div>
  );
}

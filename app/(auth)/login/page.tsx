import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/server/auth/session";
import { HOME_BY_ROLE } from "@/lib/auth/permissions";
import { titleFrom } from "@/lib/i18n/metadata";
import { LoginForm } from "./login-form";

export const generateMetadata = titleFrom("login");

export default async function LoginPage() {
  const user = await getCurrentUser();
  if (user) redirect(HOME_BY_ROLE[user.role]);
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{t("login.title")}</h1>
      <p className="mb-6 mt-2 text-slate-700">{t("app.tagline")}</p>
      <LoginForm />
    </div>
  );
}

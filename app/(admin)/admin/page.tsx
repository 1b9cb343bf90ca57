import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";

export default async function AdminHomePage() {
  await requireRole(["ADMIN"]);
  const t = await getTranslations("home");
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("adminTitle")}</h1>
      <p className="text-slate-700">{t("adminIntro")}</p>
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";

export default async function ReviewQueuePage() {
  await requireRole(["OFFICER"]);
  const t = await getTranslations("home");
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("officerTitle")}</h1>
      <p className="text-slate-700">{t("officerIntro")}</p>
    </div>
  );
}

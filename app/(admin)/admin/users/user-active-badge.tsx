import { getTranslations } from "next-intl/server";

/** Whether a user account may sign in. */
export async function UserActiveBadge({ active }: { active: boolean }) {
  const t = await getTranslations("users.status");
  return (
    <span className={`rounded-full px-2 py-0.5 text-sm font-medium ${active ? "bg-green-100 text-green-900" : "bg-slate-200 text-slate-800"}`}>
      {active ? t("active") : t("inactive")}
    </span>
  );
}

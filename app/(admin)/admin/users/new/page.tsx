import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { listPurchasers } from "@/lib/server/services/purchasers";
import { titleFrom } from "@/lib/i18n/metadata";
import { AdminNav } from "@/components/admin/admin-nav";
import { BackLink } from "@/components/ui/page-header";
import { CreateUserForm } from "./create-user-form";

export const generateMetadata = titleFrom("users.create");

export default async function NewUserPage() {
  const admin = await requirePermission("manage:user:any", undefined, "page");
  const [t, purchasers] = await Promise.all([getTranslations("users"), listPurchasers(admin)]);
  return (
    <div className="space-y-6">
      <AdminNav />
      <BackLink href="/admin/users">{t("back")}</BackLink>
      <div className="max-w-xl">
        <h1 className="text-2xl font-bold">{t("create.title")}</h1>
        <p className="mb-6 mt-1 text-slate-700">{t("create.intro")}</p>
        <CreateUserForm purchasers={purchasers} />
      </div>
    </div>
  );
}

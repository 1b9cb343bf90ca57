import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { orErrorPage } from "@/lib/server/pages";
import { getUser } from "@/lib/server/services/users";
import { listPurchasers } from "@/lib/server/services/purchasers";
import { toQuery } from "@/lib/validation/search-params";
import { titleFrom } from "@/lib/i18n/metadata";
import { AdminNav } from "@/components/admin/admin-nav";
import { Section } from "@/components/ui/section";
import { BackLink } from "@/components/ui/page-header";
import { UserActiveBadge } from "../user-active-badge";
import { UserAccess } from "./user-access";
import { OrganisationForm } from "./organisation-form";
import { PurchaserForm } from "./purchaser-form";

export const generateMetadata = titleFrom("users");

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requirePermission("manage:user:any", undefined, "page");
  const { id } = await params;
  const [user, purchasers] = await Promise.all([orErrorPage(getUser(admin, id)), listPurchasers(admin)]);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : t("users.table.never"));
  const organisation = user.membership?.organisation ?? null;
  return (
    <div className="space-y-6">
      <AdminNav />
      <BackLink href="/admin/users">{t("users.back")}</BackLink>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{user.name}</h1>
        <p className="flex flex-wrap items-center gap-3 text-slate-700">
          <span>{user.email}</span>
          <span>{t(`roles.${user.role}`)}</span>
          <UserActiveBadge active={user.active} />
          {user.id === admin.id && <span className="text-sm">{t("users.detail.you")}</span>}
        </p>
      </header>
      <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="font-medium">{t("users.detail.created")}</dt>
        <dd>{when(user.createdAt)}</dd>
        <dt className="font-medium">{t("users.table.lastLogin")}</dt>
        <dd>{when(user.lastLoginAt)}</dd>
        {user.purchaser && (
          <>
            <dt className="font-medium">{t("users.detail.purchaser")}</dt>
            <dd data-testid="purchaser">{user.purchaser.name}</dd>
          </>
        )}
        {user.role === "PROVIDER" && (
          <>
            <dt className="font-medium">{t("users.table.organisation")}</dt>
            <dd data-testid="organisation">
              {organisation
                ? `${t("users.organisation.option", { name: organisation.name, kvk: organisation.kvkNumber })} · ${user.membership?.signatory ? t("users.signatory") : t("users.notSignatory")}`
                : t("users.detail.noOrganisation")}
            </dd>
          </>
        )}
      </dl>
      <p className="text-sm">
        <Link href={`/admin/audit${toQuery({ q: user.id })}`} className="text-brand-700 underline">
          {t("users.detail.auditLink")}
        </Link>
      </p>
      <div className="grid gap-8 lg:grid-cols-2">
        <UserAccess userId={user.id} name={user.name} active={user.active} />
        {user.role === "OFFICER" && (
          <Section titleId="purchaser-title" title={t("users.purchaser.title")}>
            <p className="text-sm text-slate-700">{t("users.purchaser.intro")}</p>
            <PurchaserForm userId={user.id} current={user.purchaser?.id ?? null} purchasers={purchasers} />
          </Section>
        )}
        {user.role === "PROVIDER" && (
          <Section titleId="organisation-title" title={t("users.organisation.title")}>
            <p className="text-sm text-slate-700">{t("users.organisation.intro")}</p>
            <OrganisationForm
              userId={user.id}
              current={organisation}
              signatory={user.membership?.signatory ?? false}
            />
          </Section>
        )}
      </div>
    </div>
  );
}

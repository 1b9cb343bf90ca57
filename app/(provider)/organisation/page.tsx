import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { listColleagues } from "@/lib/server/services/colleagues";
import { getOrganisation } from "@/lib/server/services/organisations";
import { Button } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import { PageHeader } from "@/components/ui/page-header";
import { InviteForm } from "./invite-form";
import { revokeInvitationAction } from "./actions";

export default async function OrganisationPage() {
  const user = await requireRole(["PROVIDER"]);
  const [t, organisation, { members, invitations }] = await Promise.all([
    getTranslations("colleagues"),
    getOrganisation(user.organisationId!),
    listColleagues(user),
  ]);
  const memberColumns: Column<(typeof members)[number]>[] = [
    { key: "name", header: t("name"), rowHeader: true, cell: (m) => m.user.name },
    { key: "email", header: t("email"), cell: (m) => m.user.email },
    { key: "role", header: t("role"), cell: (m) => (m.signatory ? t("isSignatory") : t("isColleague")) },
  ];
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeader title={t("title")} intro={t("intro", { organisation: organisation?.name ?? "" })} />
      <Section titleId="members" title={t("members")}>
        <DataTable labelledBy="members" columns={memberColumns} rows={members} empty={t("noMembers")} />
      </Section>
      {user.signatory ? (
        <>
          <Section titleId="invite" title={t("inviteTitle")}>
            <p className="text-sm text-slate-700">{t("inviteIntro")}</p>
            <InviteForm />
          </Section>
          {invitations.length > 0 && (
            <Section titleId="open-invitations" title={t("open")}>
              <ul className="mt-2 space-y-2">
                {invitations.map((i) => (
                  <li key={i.id} className="flex items-center justify-between rounded-md border border-slate-200 bg-white p-2 text-sm">
                    <span>
                      {i.email} · {i.signatory ? t("isSignatory") : t("isColleague")}
                    </span>
                    <form action={revokeInvitationAction}>
                      <input type="hidden" name="invitationId" value={i.id} />
                      <Button type="submit" variant="secondary" aria-label={`${t("revoke")} — ${i.email}`}>
                        {t("revoke")}
                      </Button>
                    </form>
                  </li>
                ))}
              </ul>
            </Section>
          )}
        </>
      ) : (
        <p className="text-sm text-slate-700">{t("onlySignatory")}</p>
      )}
    </div>
  );
}

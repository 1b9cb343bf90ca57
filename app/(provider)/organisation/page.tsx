import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { listColleagues } from "@/lib/server/services/colleagues";
import { getOrganisation } from "@/lib/server/services/organisations";
import { Button } from "@/components/ui/button";
import { InviteForm } from "./invite-form";
import { revokeInvitationAction } from "./actions";

export default async function OrganisationPage() {
  const user = await requireRole(["PROVIDER"]);
  const [t, organisation, { members, invitations }] = await Promise.all([
    getTranslations("colleagues"),
    getOrganisation(user.organisationId!),
    listColleagues(user),
  ]);
  return (
    <div className="max-w-3xl space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("intro", { organisation: organisation?.name ?? "" })}</p>
      </div>
      <section aria-labelledby="members">
        <h2 id="members" className="text-lg font-semibold">
          {t("members")}
        </h2>
        <table className="mt-2 w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">{t("name")}</th>
              <th scope="col" className="p-2">{t("email")}</th>
              <th scope="col" className="p-2">{t("role")}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id} className="border-b">
                <td className="p-2">{m.user.name}</td>
                <td className="p-2">{m.user.email}</td>
                <td className="p-2">{m.signatory ? t("isSignatory") : t("isColleague")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {user.signatory ? (
        <>
          <section aria-labelledby="invite" className="space-y-2">
            <h2 id="invite" className="text-lg font-semibold">
              {t("inviteTitle")}
            </h2>
            <p className="text-sm text-slate-700">{t("inviteIntro")}</p>
            <InviteForm />
          </section>
          {invitations.length > 0 && (
            <section aria-labelledby="open-invitations">
              <h2 id="open-invitations" className="text-lg font-semibold">
                {t("open")}
              </h2>
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
            </section>
          )}
        </>
      ) : (
        <p className="text-sm text-slate-700">{t("onlySignatory")}</p>
      )}
    </div>
  );
}

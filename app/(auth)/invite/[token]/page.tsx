import { getTranslations } from "next-intl/server";
import { findInvitation } from "@/lib/server/services/colleagues";
import { AcceptForm } from "./accept-form";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, invitation] = await Promise.all([getTranslations("invite"), findInvitation(token)]);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {invitation ? (
        <>
          <p className="text-slate-700">{t("intro", { organisation: invitation.organisation.name })}</p>
          <AcceptForm token={token} email={invitation.email} />
        </>
      ) : (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3">
          {t("invalid")}
        </p>
      )}
    </div>
  );
}

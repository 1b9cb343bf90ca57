import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { getOrganisation } from "@/lib/server/services/organisations";
import { organisationDashboard } from "@/lib/server/services/dashboard";
import { formatWhen } from "@/lib/questionnaire/format-answer";
import { groupByPurchaser } from "@/lib/purchasers";
import { regionName } from "@/lib/regions";
import { Button, buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { startSubmissionAction } from "./actions";

export default async function DashboardPage() {
  const user = await requireRole(["PROVIDER"]);
  const [t, lang, organisation, rows] = await Promise.all([
    getTranslations(),
    getLocale(),
    getOrganisation(user.organisationId!),
    organisationDashboard(user.organisationId!),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("dashboard.title")} intro={t("dashboard.intro")} />
      <p className="text-sm">
        <span className="font-medium">{t("dashboard.organisation")}:</span> {organisation?.name} · KvK {organisation?.kvkNumber}
        {organisation?.region ? ` · ${regionName(organisation.region)}` : ""}
      </p>
      {groupByPurchaser(rows).map((group) => (
        <section key={group.purchaser.key} aria-labelledby={`purchaser-${group.purchaser.key}`} className="space-y-3" data-purchaser={group.purchaser.key}>
          <div>
            <h2 id={`purchaser-${group.purchaser.key}`} className="text-xl font-semibold">
              {group.purchaser.name}
            </h2>
            <p className="text-sm text-slate-600">{t(`dashboard.purchaserKind.${group.purchaser.kind}`)}</p>
          </div>
          <ul className="grid gap-4 md:grid-cols-2">
            {group.rows.map((row) => {
              const s = row.submission;
              const percent = s && s.required ? Math.round((s.answered / s.required) * 100) : 0;
              const name = lang === "en" ? row.careType.nameEn : row.careType.nameNl;
              return (
                <li key={row.careType.key} className="space-y-3 rounded-md border border-slate-200 bg-white p-4" data-care-type={row.careType.key}>
                  <div>
                    <h3 className="text-lg font-semibold">{name}</h3>
                    <p className="text-sm text-slate-600">{t("dashboard.insurer", { insurer: row.insurer, period: row.policyPeriod })}</p>
                  </div>
                  {!row.applies && (
                    <p className="text-sm text-slate-700" data-testid="not-applicable">
                      {t("dashboard.notApplicable")}
                    </p>
                  )}
                  {s ? (
                    <>
                      <p className="text-sm">
                        <span className="rounded-full bg-slate-200 px-2 py-0.5 font-medium">{t(`status.${s.status}`)}</span>
                      </p>
                      <div>
                        <div
                          role="progressbar"
                          aria-label={t("dashboard.progress", { answered: s.answered, required: s.required })}
                          aria-valuemin={0}
                          aria-valuemax={100}
                          aria-valuenow={percent}
                          className="h-2 w-full overflow-hidden rounded bg-slate-200"
                        >
                          <div className="h-full bg-brand-700" style={{ width: `${percent}%` }} />
                        </div>
                        <p className="mt-1 text-sm text-slate-700">{t("dashboard.progress", { answered: s.answered, required: s.required })}</p>
                      </div>
                      <p className={`text-sm ${s.unmetHard ? "font-medium text-red-700" : "text-slate-700"}`}>{t("dashboard.unmetHard", { count: s.unmetHard })}</p>
                      {s.newerVersion && (
                        <p className="rounded border-l-4 border-sky-600 bg-sky-50 p-2 text-sm" data-testid="newer-version">
                          {t("editor.move.dashboard")}
                        </p>
                      )}
                    </>
                  ) : (
                    <p className="text-sm text-slate-600">{t("dashboard.notStarted")}</p>
                  )}
                  <p className="text-sm">
                    <span className="font-medium">{t("dashboard.nextDate")}:</span>{" "}
                    {row.nextDate ? (
                      <>
                        {formatWhen(row.nextDate.date.when, lang)} — {row.nextDate.date.event[lang]} ({row.nextDate.ongoing ? t("timeline.ongoing") : t("dashboard.daysLeft", { days: row.nextDate.daysRemaining })})
                      </>
                    ) : (
                      t("dashboard.noNextDate")
                    )}
                  </p>
                  {s ? (
                    <Link href={`/submissions/${s.id}`} className={buttonClass()}>
                      {s.status === "DRAFT" || s.status === "CHANGES_REQUESTED" ? t("dashboard.continue") : t("dashboard.view")}
                      <span className="sr-only"> — {name}</span>
                    </Link>
                  ) : (
                    <form action={startSubmissionAction}>
                      <input type="hidden" name="careType" value={row.careType.key} />
                      <Button type="submit" aria-label={`${t("dashboard.start")} — ${name}`}>
                        {t("dashboard.start")}
                      </Button>
                    </form>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

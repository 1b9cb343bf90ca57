"use client";
import { useLocale, useTranslations } from "next-intl";
import type { Timeline } from "@/lib/procedure/timeline";
import { formatWhen } from "@/lib/questionnaire/format-answer";

/** The procedure's dates: past greyed, upcoming with days left, the provider's own deadlines highlighted. */
export function ProcedureTimeline({ timeline, calendarHref }: { timeline: Timeline; calendarHref?: string }) {
  const t = useTranslations("timeline");
  const locale = useLocale();
  const entries = [...timeline.past, ...timeline.upcoming];
  return (
    <section aria-labelledby="timeline-title" className="space-y-2" data-testid="timeline">
      <div className="flex items-center justify-between">
        <h2 id="timeline-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        {calendarHref && (
          <a href={calendarHref} className="text-sm font-medium text-brand-700 underline" download>
            .ics
          </a>
        )}
      </div>
      {!entries.length && <p className="text-sm text-slate-600">{t("none")}</p>}
      <ol className="space-y-2">
        {entries.map((e) => {
          const own = e.date.actor === "provider";
          return (
            <li
              key={e.date.key}
              data-past={e.past}
              className={`rounded border-l-4 p-2 text-sm ${e.past ? "border-slate-300 bg-slate-50 text-slate-500" : own ? "border-amber-600 bg-amber-50" : "border-brand-600 bg-white"}`}
            >
              <p className="font-medium">
                <time dateTime={e.start}>{formatWhen(e.date.when, locale)}</time>
                {e.approximate && <span className="ml-1 text-xs">({t("approximate")})</span>}
              </p>
              <p>{e.date.event[locale]}</p>
              <p className="text-xs">
                {e.past ? t("past") : e.ongoing ? t("ongoing") : t("daysLeft", { days: e.daysRemaining })} ·{" "}
                {own ? <strong>{t("yourAction")}</strong> : e.date.actor === "insurer" ? t("insurerAction") : t("bothAction")}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

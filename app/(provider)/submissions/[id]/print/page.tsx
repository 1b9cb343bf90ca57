import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { orErrorPage } from "@/lib/server/pages";
import { submissionExportData, submissionPdfData } from "@/lib/server/services/exports";
import { CHECKLIST_GROUPS } from "@/lib/checklist/engine";
import { PrintButton } from "@/components/ui/print-button";

/** The whole submission on one page, laid out for paper: the same content as the PDF. */
export default async function PrintPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole(["PROVIDER"]);
  const { id } = await params;
  const data = await orErrorPage(submissionExportData(user, id));
  const locale = await getLocale();
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const doc = submissionPdfData(data, locale);
  return (
    <article className="mx-auto max-w-4xl space-y-8 bg-white p-6 print:p-0">
      <header className="space-y-1 border-b pb-4">
        <PrintButton label={t("questionnaire.print")} />
        <h1 className="text-2xl font-bold">{doc.questionnaire.title}</h1>
        <p>
          {doc.organisation.name} · KvK {doc.organisation.kvkNumber}
          {doc.organisation.agbCode ? ` · AGB ${doc.organisation.agbCode}` : ""} · {doc.organisation.region}
        </p>
        <p className="text-sm text-slate-700">
          {doc.careTypeName} · {doc.questionnaire.insurer} · {doc.questionnaire.policyPeriod} · {t(`status.${doc.status}`)}
          {doc.submittedAt ? ` · ${format.dateTime(doc.submittedAt, { dateStyle: "long" })}` : ""}
        </p>
      </header>
      {doc.sections.map((s) => (
        <section key={s.title} className="break-inside-avoid-page space-y-2">
          <h2 className="text-lg font-semibold">{s.title}</h2>
          <dl className="space-y-2">
            {s.questions.map((q) => (
              <div key={q.label} className="break-inside-avoid">
                <dt className="font-medium">{q.label}</dt>
                <dd className={q.answered ? "" : "italic text-slate-500"}>{q.answer}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("checklist.title")}</h2>
        {CHECKLIST_GROUPS.map((g) => {
          const items = doc.conditions.filter((c) => c.group === g);
          if (!items.length) return null;
          return (
            <div key={g} className="break-inside-avoid">
              <h3 className="font-semibold">
                {t(`checklist.groups.${g}`)} ({items.length})
              </h3>
              <ul className="list-disc pl-5 text-sm">
                {items.map((c) => (
                  <li key={c.text}>
                    {c.text} <span className="text-slate-600">({c.source})</span>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>
      <section className="break-inside-avoid space-y-2">
        <h2 className="text-lg font-semibold">{t("timeline.title")}</h2>
        <ul className="text-sm">
          {[...doc.timeline.past, ...doc.timeline.upcoming].map((d) => (
            <li key={`${d.when}-${d.event}`}>
              <strong>{d.when}</strong> — {d.event}
            </li>
          ))}
        </ul>
      </section>
      <section className="break-inside-avoid space-y-2">
        <h2 className="text-lg font-semibold">{t("print.files")}</h2>
        {doc.files.length ? (
          <ul className="text-sm">
            {doc.files.map((f) => (
              <li key={f.name + f.uploadedAt.toISOString()}>
                {f.name} ({format.number(f.size / 1024, { maximumFractionDigits: 0 })} KB) — {f.uploadedBy}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm">—</p>
        )}
      </section>
      <section className="break-inside-avoid space-y-6 border-t pt-4">
        <h2 className="text-lg font-semibold">{t("print.signature")}</h2>
        <p className="text-sm">{t("print.declaration", { organisation: doc.organisation.name })}</p>
        {["signName", "signRole", "signDate", "signSignature"].map((k) => (
          <p key={k} className="border-b border-slate-400 pb-6 text-sm">
            {t(`print.${k}`)}
          </p>
        ))}
      </section>
    </article>
  );
}

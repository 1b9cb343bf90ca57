import { getLocale, getTranslations } from "next-intl/server";
import type { DefinitionDiff, ListDiff } from "@/lib/questionnaire/diff";
import { describeRule } from "@/lib/questionnaire/describe-rule";
import { questionMap } from "@/lib/questionnaire/editor-forms";
import { formatWhen } from "@/lib/questionnaire/format-answer";
import type { Question, QuestionnaireDefinition, Rule, When } from "@/lib/questionnaire/schema";
import type { Locale } from "@/lib/i18n/locale";

/** A field's value in words: rules described, texts in the reader's language, dates at their precision. */
function describeValue(value: unknown, questions: ReadonlyMap<string, Question>, locale: Locale): string {
  if (value === undefined || value === null) return "—";
  if (typeof value !== "object") return String(value);
  if ("op" in value) return describeRule(value as Rule, questions, locale);
  if ("precision" in value) return formatWhen(value as When, locale);
  if ("nl" in value && "en" in value) return String((value as Record<Locale, unknown>)[locale]);
  if (Array.isArray(value)) return value.map((v) => describeValue(v, questions, locale)).join(", ");
  if ("label" in value && "value" in value) return describeValue((value as { label: unknown }).label, questions, locale);
  return Object.entries(value)
    .map(([k, v]) => `${k}: ${describeValue(v, questions, locale)}`)
    .join("; ");
}

type Named = { key: string; label?: unknown; text?: unknown; title?: unknown; event?: unknown };

/** What changed from one version to another, per kind of item. */
export async function DiffView({ diff, from, to }: { diff: DefinitionDiff; from: QuestionnaireDefinition; to: QuestionnaireDefinition }) {
  const [t, locale] = await Promise.all([getTranslations("editor.compare"), getLocale() as Promise<Locale>]);
  const before = questionMap(from);
  const after = questionMap(to);
  const name = (item: Named) => describeValue(item.label ?? item.text ?? item.title ?? item.event, after, locale);

  const list = <T extends Named>(kind: "sections" | "questions" | "conditions" | "procedureDates", d: ListDiff<T>) => {
    const empty = !d.added.length && !d.removed.length && !d.changed.length;
    return (
      <section key={kind} aria-labelledby={`diff-${kind}`} className="space-y-2" data-diff={kind}>
        <h2 id={`diff-${kind}`} className="text-lg font-semibold">
          {t(`kinds.${kind}`)}
        </h2>
        {empty && <p className="text-sm text-slate-600">{t("noChanges")}</p>}
        <ul className="space-y-2 text-sm">
          {d.added.map((item) => (
            <li key={`a-${item.key}`} className="rounded border-l-4 border-green-700 bg-green-50 p-2" data-change="added" data-key={item.key}>
              <strong>{t("added")}:</strong> {name(item)} <code className="text-xs">{item.key}</code>
            </li>
          ))}
          {d.removed.map((item) => (
            <li key={`r-${item.key}`} className="rounded border-l-4 border-red-700 bg-red-50 p-2" data-change="removed" data-key={item.key}>
              <strong>{t("removed")}:</strong> {describeValue(item.label ?? item.text ?? item.title ?? item.event, before, locale)} <code className="text-xs">{item.key}</code>
            </li>
          ))}
          {d.changed.map((c) => (
            <li key={`c-${c.key}`} className="rounded border-l-4 border-amber-600 bg-amber-50 p-2" data-change="changed" data-key={c.key}>
              <p>
                <strong>{t("changed")}:</strong> {name(c.after)} <code className="text-xs">{c.key}</code>
              </p>
              <dl className="mt-1 grid gap-x-4 gap-y-1 md:grid-cols-[10rem_minmax(0,1fr)]">
                {c.fields.map((f) => (
                  <div key={f} className="contents">
                    <dt className="font-medium">{t.has(`fields.${f}`) ? t(`fields.${f}`) : f}</dt>
                    <dd>
                      <del className="text-red-800">{describeValue((c.before as Record<string, unknown>)[f], before, locale)}</del>
                      {" → "}
                      <ins className="text-green-800 no-underline">{describeValue((c.after as Record<string, unknown>)[f], after, locale)}</ins>
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      </section>
    );
  };

  return (
    <div className="space-y-6">
      {diff.meta.length > 0 && (
        <section aria-labelledby="diff-meta" className="space-y-2">
          <h2 id="diff-meta" className="text-lg font-semibold">
            {t("kinds.meta")}
          </h2>
          <dl className="grid gap-x-4 gap-y-1 text-sm md:grid-cols-[10rem_minmax(0,1fr)]">
            {diff.meta.map((f) => (
              <div key={f} className="contents">
                <dt className="font-medium">{t(`fields.${f}`)}</dt>
                <dd>
                  <del className="text-red-800">{describeValue(from[f], before, locale)}</del> → <ins className="text-green-800 no-underline">{describeValue(to[f], after, locale)}</ins>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {list("questions", diff.questions)}
      {list("conditions", diff.conditions)}
      {list("procedureDates", diff.procedureDates)}
      {list("sections", diff.sections)}
    </div>
  );
}

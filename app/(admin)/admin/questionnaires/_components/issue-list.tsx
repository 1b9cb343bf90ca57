"use client";
import { useTranslations } from "next-intl";
import { itemId, type EditorItem } from "@/lib/questionnaire/draft";

/** Problems found by the publish check, each with a link that opens the item it is about. */
export function IssueList({ issues, onSelect }: { issues: { path: string; message: string; target: EditorItem }[]; onSelect: (item: EditorItem) => void }) {
  const t = useTranslations("editor.publish");
  return (
    <ul className="space-y-1 text-sm" data-testid="issues">
      {issues.map((i, n) => (
        <li key={n} className="rounded border-l-4 border-red-700 bg-red-50 px-2 py-1">
          <a
            href={`?item=${itemId(i.target)}`}
            onClick={(e) => {
              e.preventDefault();
              onSelect(i.target);
            }}
            className="font-medium text-brand-700 underline"
          >
            {t(`targets.${i.target.type}`, { key: "key" in i.target ? i.target.key : "" })}
          </a>{" "}
          <code className="text-xs text-slate-600">{i.path}</code>: {i.message}
        </li>
      ))}
    </ul>
  );
}

"use client";
import type { ChecklistResult } from "@/lib/checklist/engine";
import { ChecklistPanel } from "@/components/questionnaire/checklist-panel";

/** The provider's checklist, read-only; "go to the question" jumps to the answer on this page. */
export function ReviewChecklist({ result, documentTitle }: { result: ChecklistResult; documentTitle: string }) {
  return (
    <ChecklistPanel
      result={result}
      documentTitle={documentTitle}
      onGoTo={(key) => {
        const block = document.getElementById(`q-${key}-block`);
        block?.scrollIntoView({ behavior: "smooth", block: "start" });
        block?.focus({ preventScroll: true });
      }}
    />
  );
}

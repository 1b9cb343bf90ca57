/**
 * Checks that quotes cited from a policy document really occur in it. The documents were
 * extracted from PDFs, so line breaks, spacing and typographic quote marks are ignored.
 */
import type { QuestionnaireDefinition } from "./schema";

export function normalizeForQuote(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s+/g, "")
    .toLowerCase();
}

export interface QuoteProblem {
  path: string;
  quote: string;
}

/** Every cited quote (conditions, questions, procedure dates) that does not occur in the document. */
export function findMissingQuotes(def: QuestionnaireDefinition, documentText: string): QuoteProblem[] {
  const haystack = normalizeForQuote(documentText);
  const cited: QuoteProblem[] = [
    ...def.conditions.map((c) => ({ path: `conditions.${c.key}`, quote: c.source.quote })),
    ...def.sections.flatMap((s) =>
      s.questions.flatMap((q) =>
        q.source?.quote ? [{ path: `sections.${s.key}.questions.${q.key}`, quote: q.source.quote }] : [],
      ),
    ),
    ...def.procedureDates.flatMap((d) =>
      d.source.quote ? [{ path: `procedureDates.${d.key}`, quote: d.source.quote }] : [],
    ),
  ];
  return cited.filter((c) => !haystack.includes(normalizeForQuote(c.quote)));
}

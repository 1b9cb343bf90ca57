/**
 * The questionnaire format's history. A stored version never changes, but the format does: each
 * upgrader brings a document from one format version to the next, and every reader (the database,
 * shipped files, imports) runs a document through all that apply before the schema checks it.
 * Pure: no imports, so the schema can use it. Add an upgrader here whenever FORMAT_VERSION goes up.
 */

type Document = Record<string, unknown>;

/** `UPGRADERS[n]` turns a format-n document into a format-(n+1) document. Never change a published one. */
const UPGRADERS: Readonly<Record<number, (doc: Document) => Document>> = {
  // 1 → 2: a question may name the keys of an earlier version it replaces (`replaces`).
  // Nothing in a format-1 document has to change.
  1: (doc) => ({ ...doc, formatVersion: 2 }),
  // 2 → 3: legal classes and reference dates. `severity` becomes `legalClass` (hard → contract,
  // expectation → advice) with the source's heading as its basis; every "notOlderThan" counts back
  // from the moment of enrolment, which is what "today" stood for.
  2: (doc) => ({
    ...doc,
    formatVersion: 3,
    sections: mapArray(doc.sections, (s) => ({
      ...withReference(s, "visibleWhen"),
      questions: mapArray(s.questions, (q) => withReference(q, "visibleWhen")),
    })),
    conditions: mapArray(doc.conditions, (c) => {
      const { severity, ...rest } = withReference(withReference(c, "appliesWhen"), "rule");
      const source = isDocument(c.source) ? c.source : {};
      const evidence = isDocument(c.evidence) && optionalUploads(doc).has(c.evidence.question) ? { evidence: { ...c.evidence, required: false } } : {};
      return {
        ...rest,
        ...evidence,
        legalClass: severity === "expectation" ? "advice" : severity === "hard" ? "contract" : severity,
        basis: { heading: source.section },
      };
    }),
    procedureDates: mapArray(doc.procedureDates, (d) => withReference(d, "appliesWhen")),
  }),
};

export const FORMAT_VERSION = 3 as const;

const isDocument = (v: unknown): v is Document => typeof v === "object" && v !== null && !Array.isArray(v);

/** Maps the documents of an array; anything else is left for the schema to reject. */
function mapArray(value: unknown, f: (item: Document) => Document): unknown {
  return Array.isArray(value) ? value.map((item) => (isDocument(item) ? f(item) : item)) : value;
}

/** A format-2 rule with a reference on every "notOlderThan". */
function ruleWithReference(rule: unknown): unknown {
  if (!isDocument(rule)) return rule;
  if (rule.op === "notOlderThan") return { reference: "enrolment", ...rule };
  if (rule.op === "not") return { ...rule, rule: ruleWithReference(rule.rule) };
  if (rule.op === "all" || rule.op === "any") return { ...rule, rules: Array.isArray(rule.rules) ? rule.rules.map(ruleWithReference) : rule.rules };
  return rule;
}

/** Upload questions whose own label calls them optional ("(optioneel)"): proof that is never missing. */
function optionalUploads(doc: Document): Set<unknown> {
  const questions = Array.isArray(doc.sections) ? doc.sections.flatMap((s) => (isDocument(s) && Array.isArray(s.questions) ? s.questions : [])) : [];
  return new Set(
    questions
      .filter((q): q is Document => isDocument(q) && q.kind === "file" && isDocument(q.label) && /\(optioneel\)/i.test(String(q.label.nl)))
      .map((q) => q.key),
  );
}

function withReference(item: Document, field: string): Document {
  return field in item ? { ...item, [field]: ruleWithReference(item[field]) } : item;
}

/**
 * The document in the current format. Anything that is not a document of a known older format comes
 * back unchanged, for the schema to describe what is wrong with it.
 */
export function upgradeQuestionnaire(input: unknown): unknown {
  if (!isDocument(input)) return input;
  let doc = input;
  for (let v = doc.formatVersion; typeof v === "number" && v < FORMAT_VERSION; v = doc.formatVersion) {
    const upgrade = UPGRADERS[v];
    if (!upgrade) break;
    doc = upgrade(doc);
  }
  return doc;
}

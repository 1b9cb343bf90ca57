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
};

export const FORMAT_VERSION = 2 as const;

const isDocument = (v: unknown): v is Document => typeof v === "object" && v !== null && !Array.isArray(v);

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

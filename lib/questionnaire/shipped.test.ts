/**
 * The shipped questionnaires: each validates against the format, every rule references existing
 * questions of the right kind, and every quote occurs in its policy document (../shared/seeds; the
 * quote check reports itself skipped when the documents are not beside the checkout).
 */
import { describe, expect, it } from "vitest";
import path from "node:path";
import { loadQuestionnaireFile, readPolicyDocument, shippedQuestionnaireFiles } from "./files";
import { findMissingQuotes } from "./quotes";
import { renderMessage } from "../i18n/message";
import { translatorFor } from "../i18n/translator";

const files = shippedQuestionnaireFiles();

describe("shipped questionnaires", () => {
  it("exist, one per care type", () => {
    expect(files.length).toBeGreaterThanOrEqual(1);
  });

  for (const file of files) {
    const name = path.basename(file);
    const result = loadQuestionnaireFile(file);

    it(`${name} passes the schema and the reference checks`, () => {
      expect(result.ok ? [] : result.issues.map((i) => `${i.path}: ${renderMessage(i.message, translatorFor("en"), "en")}`)).toEqual([]);
    });

    const doc = result.ok ? readPolicyDocument(result.definition.document.file) : null;
    it.skipIf(!result.ok || doc === null)(`${name}: every quote occurs in its policy document`, () => {
      if (!result.ok || doc === null) return;
      expect(findMissingQuotes(result.definition, doc)).toEqual([]);
    });

    it(`${name} has a profile section first and cites a source for every condition`, () => {
      if (!result.ok) return;
      expect(result.definition.sections[0]?.profile).toBe(true);
      for (const c of result.definition.conditions) expect(c.source.section.length).toBeGreaterThan(0);
    });
  }
});

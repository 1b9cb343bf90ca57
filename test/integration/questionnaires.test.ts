import { describe, expect, it } from "vitest";
import { db } from "./db";
import { createVersion, loadDefinition } from "@/lib/server/services/questionnaires";
import { loadQuestionnaireFile, shippedQuestionnaireFiles } from "@/lib/questionnaire/files";
import { questionnaireSchema } from "@/lib/questionnaire/schema";
import { fixtureInput } from "@/lib/test/fixture";

describe("questionnaire versions in the database", () => {
  it("read back exactly as written, for every shipped questionnaire", async () => {
    for (const file of shippedQuestionnaireFiles()) {
      const result = loadQuestionnaireFile(file);
      if (!result.ok) throw new Error(file);
      const def = { ...result.definition, careType: { ...result.definition.careType, key: `rt_${result.definition.careType.key}` } };
      const version = await db.$transaction((tx) => createVersion(tx, def, { status: "DRAFT" }), { timeout: 60_000 });
      expect(await loadDefinition(version.id)).toEqual(def);
    }
  });

  it("keeps optional fields absent rather than null", async () => {
    const def = questionnaireSchema.parse({ ...fixtureInput, careType: { ...fixtureInput.careType, key: `rt_fixture_${Date.now()}` } });
    const version = await db.$transaction((tx) => createVersion(tx, def, { status: "PUBLISHED" }));
    const back = await loadDefinition(version.id);
    expect(back).toEqual(def);
    expect("help" in back.sections[0]!.questions[0]!).toBe(false);
  });
});

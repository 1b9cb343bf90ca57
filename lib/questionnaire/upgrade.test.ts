import { describe, expect, it } from "vitest";
import { fixtureInput } from "../test/fixture";
import { questionnaireSchema } from "./schema";
import { FORMAT_VERSION, upgradeQuestionnaire } from "./upgrade";
import { validateQuestionnaire } from "./validate";

/** The fixture as a format-1 document: no `replaces` anywhere. */
const formatOne = () => ({ ...structuredClone(fixtureInput), formatVersion: 1 });

describe("upgradeQuestionnaire", () => {
  it("brings a format-1 document to the current format with its content unchanged", () => {
    const upgraded = upgradeQuestionnaire(formatOne());
    expect(upgraded).toEqual({ ...formatOne(), formatVersion: FORMAT_VERSION });
    expect(questionnaireSchema.parse(formatOne())).toEqual(questionnaireSchema.parse(fixtureInput));
  });

  it("has an upgrader from every past format version to the current one", () => {
    for (let v = 1; v < FORMAT_VERSION; v++) {
      expect((upgradeQuestionnaire({ formatVersion: v }) as { formatVersion: number }).formatVersion).toBe(FORMAT_VERSION);
    }
  });

  it("leaves a current document alone and does not change its input", () => {
    const input = formatOne();
    upgradeQuestionnaire(input);
    expect(input.formatVersion).toBe(1);
    expect(upgradeQuestionnaire(fixtureInput)).toEqual(fixtureInput);
  });

  it("hands anything else to the schema unchanged, which rejects it", () => {
    for (const input of [null, "x", [1], {}, { formatVersion: 0 }, { formatVersion: 99 }, { formatVersion: "1" }]) {
      expect(upgradeQuestionnaire(input)).toEqual(input);
      expect(questionnaireSchema.safeParse(input).success).toBe(false);
    }
  });

  it("is what imports and shipped files go through", () => {
    expect(validateQuestionnaire(formatOne()).ok).toBe(true);
  });
});

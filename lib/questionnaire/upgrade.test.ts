import { describe, expect, it } from "vitest";
import { fixtureInput } from "../test/fixture";
import { questionnaireSchema, type QuestionnaireInput } from "./schema";
import { FORMAT_VERSION, upgradeQuestionnaire } from "./upgrade";
import { validateQuestionnaire } from "./validate";

type Loose = Record<string, unknown>;

/** A rule as format 2 wrote it: "notOlderThan" without a reference. */
function withoutReference(rule: unknown): unknown {
  if (!rule || typeof rule !== "object") return rule;
  const r = rule as Loose;
  if (r.op === "notOlderThan") {
    const rest = { ...r };
    delete rest.reference;
    return rest;
  }
  if (r.op === "not") return { ...r, rule: withoutReference(r.rule) };
  if (r.op === "all" || r.op === "any") return { ...r, rules: (r.rules as unknown[]).map(withoutReference) };
  return r;
}

/** The fixture as a format-2 document: `severity` instead of legal classes, no references. */
const formatTwo = () => {
  const doc = structuredClone(fixtureInput) as QuestionnaireInput & Loose;
  return {
    ...doc,
    formatVersion: 2,
    conditions: doc.conditions.map((condition) => {
      const c: Loose = { ...condition };
      delete c.legalClass;
      delete c.basis;
      return {
        ...c,
        rule: withoutReference(condition.rule),
        ...(condition.appliesWhen ? { appliesWhen: withoutReference(condition.appliesWhen) } : {}),
        severity: condition.legalClass === "advice" ? "expectation" : "hard",
      };
    }),
  };
};
/** The fixture as a format-1 document: no `replaces` anywhere either. */
const formatOne = () => ({ ...formatTwo(), formatVersion: 1 });

describe("upgradeQuestionnaire", () => {
  it("brings format-1 and format-2 documents to the current format with their content kept", () => {
    expect(upgradeQuestionnaire(formatTwo())).toEqual(fixtureInput);
    expect(upgradeQuestionnaire(formatOne())).toEqual(fixtureInput);
    expect(questionnaireSchema.parse(formatOne())).toEqual(questionnaireSchema.parse(fixtureInput));
  });

  it("2 → 3: severities become legal classes with the source's heading as basis, ages count from enrolment", () => {
    const up = upgradeQuestionnaire(formatTwo()) as { formatVersion: number; conditions: Loose[] };
    expect(up.formatVersion).toBe(3);
    const byKey = new Map(up.conditions.map((c) => [c.key, c]));
    expect(byKey.get("coverage_85")).toMatchObject({ legalClass: "contract", basis: { heading: "Voorwaarden" } });
    expect(byKey.get("beds_wish")).toMatchObject({ legalClass: "advice" });
    expect(byKey.get("coverage_85")).not.toHaveProperty("severity");
    expect(byKey.get("kvk_recent")!.rule).toEqual({ op: "notOlderThan", question: "kvk_date", amount: 3, unit: "months", reference: "enrolment" });
  });

  it("2 → 3: finds ages in nested rules, visibility and procedure dates too, and keeps a reference already given", () => {
    const age = { op: "notOlderThan", question: "kvk_date", amount: 1, unit: "years" };
    const doc = {
      ...formatTwo(),
      sections: formatTwo().sections.map((s, i) =>
        i === 1 ? { ...s, visibleWhen: { op: "not", rule: age }, questions: s.questions.map((q, j) => (j === 0 ? { ...q, visibleWhen: { op: "any", rules: [age] } } : q)) } : s,
      ),
      procedureDates: formatTwo().procedureDates.map((d, i) => (i === 0 ? { ...d, appliesWhen: { op: "all", rules: [{ ...age, reference: "2024-01-01" }] } } : d)),
    };
    const up = upgradeQuestionnaire(doc) as { sections: Loose[]; procedureDates: Loose[] };
    const algemeen = up.sections[1] as { visibleWhen: unknown; questions: Loose[] };
    expect(algemeen.visibleWhen).toEqual({ op: "not", rule: { ...age, reference: "enrolment" } });
    expect(algemeen.questions[0]!.visibleWhen).toEqual({ op: "any", rules: [{ ...age, reference: "enrolment" }] });
    expect(up.procedureDates[0]!.appliesWhen).toEqual({ op: "all", rules: [{ ...age, reference: "2024-01-01" }] });
  });

  it("2 → 3: an upload its own question calls optional is optional evidence, never missing", () => {
    const doc = formatTwo();
    const algemeen = doc.sections[1]!;
    const wtzaFile = algemeen.questions.find((q) => q.key === "wtza_file")!;
    wtzaFile.label = { nl: "Upload uw vergunning (optioneel)", en: "Upload your licence (optional)" };
    const up = upgradeQuestionnaire(doc) as { conditions: Loose[] };
    expect(up.conditions.find((c) => c.key === "wtza")!.evidence).toMatchObject({ question: "wtza_file", required: false });
    const plain = upgradeQuestionnaire(formatTwo()) as { conditions: Loose[] };
    expect(plain.conditions.find((c) => c.key === "wtza")!.evidence).not.toHaveProperty("required");
  });

  it("has an upgrader from every past format version to the current one", () => {
    for (let v = 1; v < FORMAT_VERSION; v++) {
      expect((upgradeQuestionnaire({ formatVersion: v }) as { formatVersion: number }).formatVersion).toBe(FORMAT_VERSION);
    }
  });

  it("leaves a current document alone and does not change its input", () => {
    const input = formatOne();
    const before = structuredClone(input);
    upgradeQuestionnaire(input);
    expect(input).toEqual(before);
    expect(upgradeQuestionnaire(fixtureInput)).toEqual(fixtureInput);
  });

  it("hands anything else to the schema unchanged, which rejects it", () => {
    for (const input of [null, "x", [1], {}, { formatVersion: 0 }, { formatVersion: 99 }, { formatVersion: "1" }]) {
      expect(upgradeQuestionnaire(input)).toEqual(input);
      expect(questionnaireSchema.safeParse(input).success).toBe(false);
    }
    // Broken parts stay broken for the schema to name.
    const broken = { formatVersion: 2, sections: "x", conditions: [1, { severity: "odd", rule: null }], procedureDates: null };
    expect(upgradeQuestionnaire(broken)).toMatchObject({ formatVersion: 3, sections: "x", conditions: [1, { legalClass: "odd", rule: null }], procedureDates: null });
  });

  it("is what imports and shipped files go through", () => {
    expect(validateQuestionnaire(formatOne()).ok).toBe(true);
    expect(validateQuestionnaire(formatTwo()).ok).toBe(true);
  });
});

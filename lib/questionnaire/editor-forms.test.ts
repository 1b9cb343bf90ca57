import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  conditionFormSchema,
  conditionValues,
  dateFormSchema,
  dateValues,
  metaSchema,
  metaValues,
  questionFormSchema,
  questionMap,
  questionValues,
  sectionFormSchema,
  sectionValues,
  takenKeys,
} from "./editor-forms";
import { emptyLeaf } from "./rule-builder";
import { fixture } from "../test/fixture";
import { loadQuestionnaireFile, shippedQuestionnaireFiles } from "./files";

const questions = questionMap(fixture);
const none = new Set<string>();
const sectionKeys = fixture.sections.map((s) => s.key);

function messages(result: z.ZodSafeParseResult<unknown>) {
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("item forms turn every item into form values and back unchanged", () => {
  const defs = [fixture, ...shippedQuestionnaireFiles().map((f) => {
    const r = loadQuestionnaireFile(f);
    if (!r.ok) throw new Error(f);
    return r.definition;
  })];
  for (const def of defs) {
    it(def.careType.key, () => {
      const qs = questionMap(def);
      const keys = def.sections.map((s) => s.key);
      expect(metaSchema.parse(metaValues(def))).toEqual({ title: def.title, ...(def.description ? { description: def.description } : {}), insurer: def.insurer, policyPeriod: def.policyPeriod, document: def.document });
      for (const s of def.sections) {
        // eslint-disable-next-line @typescript-eslint/no-unused-vars
        const { questions: _, ...header } = s;
        expect(sectionFormSchema(none, qs).parse(sectionValues(header))).toEqual(header);
        for (const q of s.questions) expect(questionFormSchema(none, qs, keys).parse(questionValues(s.key, q))).toEqual({ section: s.key, question: q });
      }
      for (const c of def.conditions) expect(conditionFormSchema(none, qs).parse(conditionValues(c))).toEqual(c);
      for (const d of def.procedureDates) expect(dateFormSchema(none, qs).parse(dateValues(d))).toEqual(d);
    });
  }
});

describe("item forms report problems per field, as i18n keys", () => {
  it("a question: key taken, one language only, too few options, min above max", () => {
    const values = {
      ...questionValues("algemeen"),
      key: "beds",
      kind: "singleChoice" as const,
      label: { nl: "Vraag", en: "" },
      help: { nl: "", en: "Help" },
      options: [{ value: "a", label: { nl: "A", en: "A" } }],
    };
    expect(messages(questionFormSchema(takenKeys([...questions.keys()], null), questions, sectionKeys).safeParse(values))).toEqual([
      "key: editor.validation.keyTaken",
      "label.en: editor.validation.required",
      "help.nl: editor.validation.bothLanguages",
      "options: editor.validation.options",
    ]);
    const numeric = { ...questionValues("algemeen"), key: "fte", kind: "number" as const, label: { nl: "Fte", en: "FTE" }, min: "10", max: "5,5" };
    expect(messages(questionFormSchema(none, questions, sectionKeys).safeParse(numeric))).toEqual(["max: editor.validation.minMax"]);
    expect(messages(questionFormSchema(none, questions, sectionKeys).safeParse({ ...numeric, min: "veel", max: "" }))).toEqual(["min: editor.validation.number"]);
  });

  it("a question keeps only the fields of its kind", () => {
    const values = { ...questionValues("algemeen", questions.get("beds")), kind: "yesNo" as const };
    expect(questionFormSchema(none, questions, sectionKeys).parse(values).question).toEqual({ key: "beds", kind: "yesNo", label: { nl: "Aantal bedden", en: "Aantal bedden" }, required: true });
  });

  it("a question's replaced keys: a list of keys that no question of this version has", () => {
    const base = { ...questionValues("algemeen", questions.get("plan")), key: "care_plan" };
    const taken = takenKeys([...questions.keys()], "plan");
    expect(questionFormSchema(taken, questions, sectionKeys).parse({ ...base, replaces: "plan, old_plan old_plan" }).question.replaces).toEqual(["plan", "old_plan"]);
    expect(messages(questionFormSchema(taken, questions, sectionKeys).safeParse({ ...base, replaces: "beds" }))).toEqual(["replaces: editor.validation.replacesCurrent"]);
    expect(messages(questionFormSchema(taken, questions, sectionKeys).safeParse({ ...base, replaces: "care_plan" }))).toEqual(["replaces: editor.validation.replacesCurrent"]);
    expect(messages(questionFormSchema(taken, questions, sectionKeys).safeParse({ ...base, replaces: "Oud-plan" }))).toEqual(["replaces: editor.validation.key"]);
  });

  it("a condition: its rule must be finished, its evidence a file question", () => {
    const values = { ...conditionValues(), key: "fte_min", text: { nl: "Ten minste 5 fte", en: "At least 5 FTE" }, rule: emptyLeaf("beds", "gte"), evidenceQuestion: "wtza", source: { section: "Personeel", quote: "", page: "" } };
    expect(messages(conditionFormSchema(none, questions).safeParse(values))).toEqual([
      "rule: editor.validation.rule",
      "source.quote: editor.validation.required",
      "evidenceQuestion: editor.validation.fileQuestion",
      "evidenceDescription.nl: editor.validation.required",
    ]);
    expect(messages(conditionFormSchema(none, questions).safeParse({ ...values, rule: null }))).toContain("rule: editor.validation.ruleRequired");
    const ok = conditionFormSchema(none, questions).parse({ ...values, rule: { ...emptyLeaf("beds", "gte"), value: "5" }, evidenceQuestion: "", source: { section: "Personeel", quote: "ten minste 5 fte", page: "" } });
    expect(ok).toEqual({
      key: "fte_min",
      text: values.text,
      legalClass: "contract",
      basis: { heading: "Personeel" },
      rule: { op: "gte", question: "beds", value: 5 },
      source: { section: "Personeel", quote: "ten minste 5 fte" },
    });
    // A fraction stays exact; the basis and optional evidence are kept as given.
    const exact = conditionFormSchema(none, questions).parse({
      ...values,
      legalClass: "payment",
      basisHeading: "6.8.7",
      basisSentence: "Wij verwachten",
      rule: { ...emptyLeaf("coverage", "gte"), value: "200/3" },
      evidenceQuestion: "wtza_file",
      evidenceDescription: { nl: "Vergunning", en: "Licence" },
      evidenceRequired: false,
      summarises: ["wtza"],
      source: { section: "Personeel", quote: "tweederde", page: "" },
    });
    expect(exact).toMatchObject({
      legalClass: "payment",
      basis: { heading: "6.8.7", sentence: "Wij verwachten" },
      rule: { op: "gte", question: "coverage", value: 200, denominator: 3 },
      evidence: { question: "wtza_file", required: false },
      summarises: ["wtza"],
    });
    for (const value of ["200/0", "200/1.5", "1/2/3", "x/3"]) {
      expect(messages(conditionFormSchema(none, questions).safeParse({ ...values, rule: { ...emptyLeaf("coverage", "gte"), value } }))).toContain("rule: editor.validation.rule");
    }
  });

  it("a date: each precision with its own fields, the end not before the start", () => {
    const base = { ...dateValues(), key: "deadline", event: { nl: "Deadline", en: "Deadline" }, source: { section: "Planning", quote: "", page: "" } };
    const schema = dateFormSchema(none, questions);
    expect(messages(schema.safeParse({ ...base, date: "2026-02-30" }))).toEqual(["date: editor.validation.date"]);
    expect(messages(schema.safeParse({ ...base, date: "2026-05-10", endDate: "2026-05-01" }))).toEqual(["endDate: editor.validation.endBeforeStart"]);
    expect(messages(schema.safeParse({ ...base, date: "2026-05-10", time: "14:00", endTime: "09:00" }))).toEqual(["endTime: editor.validation.endBeforeStart"]);
    expect(messages(schema.safeParse({ ...base, precision: "month", month: "2026-13" }))).toEqual(["month: editor.validation.month"]);
    expect(messages(schema.safeParse({ ...base, precision: "year", year: "1999" }))).toEqual(["year: editor.validation.year"]);
    expect(schema.parse({ ...base, precision: "month", month: "2026-08", qualifier: "eind", date: "2026-01-01" }).when).toEqual({ precision: "month", month: "2026-08", qualifier: "eind" });
    expect(schema.parse({ ...base, date: "2026-05-10", time: "09:00", endTime: "17:00" }).when).toEqual({ precision: "day", date: "2026-05-10", time: "09:00", endTime: "17:00" });
  });

  it("a section needs a title in both languages and a free key", () => {
    const values = { ...sectionValues(), key: "Nieuw!", title: { nl: "", en: "" } };
    expect(messages(sectionFormSchema(none, questions).safeParse(values))).toEqual(["key: editor.validation.key", "title.nl: editor.validation.required", "title.en: editor.validation.required"]);
  });
});

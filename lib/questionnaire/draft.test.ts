import { describe, expect, it } from "vitest";
import { issueTarget, itemId, moveKeyed, parseDraft, parseItemId, renameQuestionKey, saveQuestion, saveSection } from "./draft";
import { validateQuestionnaire } from "./validate";
import { fixture } from "../test/fixture";

describe("draft shape", () => {
  it("accepts a new section without questions, which publishing then refuses", () => {
    const def = saveSection(fixture, null, { key: "nieuw", title: { nl: "Nieuw", en: "New" } });
    expect(parseDraft(def).ok).toBe(true);
    const published = validateQuestionnaire(def);
    expect(published.ok).toBe(false);
    if (!published.ok) {
      expect(published.issues).toEqual([{ path: "sections.3.questions", message: { key: "editor.issues.atLeast", values: { minimum: 1 } } }]);
    }
  });

  it("refuses what is not a questionnaire at all, and unknown fields", () => {
    expect(parseDraft({ ...fixture, sections: [] }).ok).toBe(false);
    expect(parseDraft({ ...fixture, extra: 1 }).ok).toBe(false);
    const withField = structuredClone(fixture) as unknown as { sections: Record<string, unknown>[] };
    withField.sections[0]!.colour = "red";
    expect(parseDraft(withField).ok).toBe(false);
  });
});

describe("issueTarget", () => {
  const cases: [string, string][] = [
    ["conditions.coverage_85.rule", "condition:coverage_85"],
    ["conditions.kvk_recent.appliesWhen.all[0]", "condition:kvk_recent"],
    ["conditions.3.source.quote", "condition:kvk_recent"],
    ["procedureDates.offer.when", "procedureDate:offer"],
    ["procedureDates.0.when.date", "procedureDate:publication"],
    ["sections.algemeen.questions.beds.visibleWhen", "question:beds"],
    ["sections.questions.beds.visibleWhen", "question:beds"],
    ["sections.1.questions.2.label.nl", "question:beds"],
    ["sections.2.title", "section:elv"],
    ["sections.elv.visibleWhen", "section:elv"],
    ["sections.elv", "section:elv"],
    ["questions.wtza", "question:wtza"],
    ["title.nl", "meta"],
    ["", "meta"],
  ];
  for (const [path, id] of cases) {
    it(`${path || "(empty)"} → ${id}`, () => expect(itemId(issueTarget(fixture, path))).toBe(id));
  }

  it("parses item ids back, refusing anything else", () => {
    expect(parseItemId("question:beds")).toEqual({ type: "question", key: "beds" });
    expect(parseItemId("meta")).toEqual({ type: "meta" });
    expect(parseItemId("question:Beds")).toBeNull();
    expect(parseItemId("user:x")).toBeNull();
  });
});

describe("edits", () => {
  it("renames a question key in every rule and evidence reference", () => {
    const def = renameQuestionKey(fixture, "wtza_file", "licence_file");
    const wtza = def.conditions.find((c) => c.key === "wtza")!;
    expect(wtza.evidence?.question).toBe("licence_file");
    expect(def.conditions.find((c) => c.key === "file_only")!.rule).toEqual({ op: "fileUploaded", question: "licence_file" });
    const renamedBeds = renameQuestionKey(fixture, "beds", "bedden");
    expect(JSON.stringify(renamedBeds.conditions)).not.toContain('"beds"');
    expect(renamedBeds.sections[1]!.questions.some((q) => q.key === "beds")).toBe(true); // the question itself is saveQuestion's job
  });

  it("saves a question in place, renamed, or moved to another section", () => {
    const beds = fixture.sections[1]!.questions.find((q) => q.key === "beds")!;
    const inPlace = saveQuestion(fixture, "beds", "algemeen", { ...beds, key: "bedden", max: 10 });
    expect(inPlace.sections[1]!.questions.map((q) => q.key)).toEqual(["wtza", "wtza_file", "bedden", "coverage", "kvk_date", "start_date", "plan", "name"]);
    expect(inPlace.conditions.find((c) => c.key === "beds_wish")!.rule).toEqual({ op: "gt", question: "bedden", value: 10 });
    const moved = saveQuestion(fixture, "beds", "elv", beds);
    expect(moved.sections[1]!.questions.map((q) => q.key)).not.toContain("beds");
    expect(moved.sections[2]!.questions.map((q) => q.key)).toEqual(["elv_247", "elv_detail", "beds"]);
    const added = saveQuestion(fixture, null, "elv", { key: "fte", kind: "number", label: { nl: "Fte", en: "FTE" }, required: true });
    expect(added.sections[2]!.questions.at(-1)!.key).toBe("fte");
  });

  it("renames a section keeping its questions, and reorders", () => {
    const def = saveSection(fixture, "elv", { key: "elv", title: { nl: "Eerstelijnsverblijf", en: "Primary care stay" } });
    expect(def.sections[2]!.title.nl).toBe("Eerstelijnsverblijf");
    expect(def.sections[2]!.questions).toBe(fixture.sections[2]!.questions);
    expect(moveKeyed(def.sections, "elv", -1).map((s) => s.key)).toEqual(["profiel", "elv", "algemeen"]);
    expect(moveKeyed(def.sections, "elv", 1).map((s) => s.key)).toEqual(["profiel", "algemeen", "elv"]);
  });
});

/**
 * Branching of the shipped questionnaires: for each provider situation and sub-type, which sections
 * and conditions apply. Generic properties for every questionnaire, then the documents' own branches.
 */
import { describe, expect, it } from "vitest";
import path from "node:path";
import { evaluateChecklist } from "../checklist/engine";
import { loadQuestionnaireFile, QUESTIONNAIRE_DIR } from "./files";
import { ruleQuestions } from "./validate";
import type { Answers, QuestionnaireDefinition } from "./schema";

const TODAY = "2025-03-01";

function load(careType: string): QuestionnaireDefinition {
  const r = loadQuestionnaireFile(path.join(QUESTIONNAIRE_DIR, `${careType}.json`));
  if (!r.ok) throw new Error(`${careType} invalid`);
  return r.definition;
}

function applying(def: QuestionnaireDefinition, answers: Answers) {
  const result = evaluateChecklist(def, answers, { today: TODAY, enrolment: TODAY });
  return {
    sections: new Set(result.visibleSections),
    conditions: new Set(result.conditions.filter((c) => c.status !== "notApplicable").map((c) => c.condition.key)),
    result,
  };
}

const ALL = ["coordinatiefunctie", "zintuiglijk_gehandicaptenzorg", "eld_trombosezorg", "wlz_ggz", "grz_elv_gzsp"];

describe.each(ALL)("%s", (careType) => {
  const def = load(careType);
  const profile = def.sections[0]!;
  const profileKeys = new Set(profile.questions.map((q) => q.key));

  it("asks the contract status first and branches only on profile answers", () => {
    expect(profile.profile).toBe(true);
    expect(profile.questions[0]!.key).toBe("contract_status");
    for (const c of def.conditions) {
      if (!c.appliesWhen) continue;
      for (const key of ruleQuestions(c.appliesWhen)) expect(profileKeys.has(key) || key, `${c.key} appliesWhen reads ${key}`).toBeTruthy();
    }
  });

  it("shows only the profile until the contract status is answered, and leaves branched conditions open", () => {
    const { result } = applying(def, {});
    const branched = def.conditions.filter((c) => c.appliesWhen && ruleQuestions(c.appliesWhen).includes("contract_status"));
    for (const c of branched) expect(result.conditions.find((r) => r.condition.key === c.key)!.status).toBe("unanswered");
  });

  it("every contract status makes some conditions apply that another does not, when the document distinguishes them", () => {
    const options = profile.questions[0]!.options!.map((o) => o.value);
    const sets = options.map((o) => applying(def, { contract_status: o }).conditions);
    const byStatus = def.conditions.some((c) => c.appliesWhen && ruleQuestions(c.appliesWhen).includes("contract_status"));
    if (!byStatus) return;
    const distinct = new Set(sets.map((s) => [...s].sort().join(",")));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it("every sub-type, when offered alone, brings conditions that another sub-type does not have", () => {
    const subTypes = profile.questions.find((q) => q.key === "sub_types");
    if (!subTypes) return;
    const base = { contract_status: profile.questions[0]!.options![0]!.value };
    const values = subTypes.options!.map((o) => o.value);
    const mentioned = (v: string) => def.conditions.some((c) => c.appliesWhen && JSON.stringify(c.appliesWhen).includes(`"${v}"`));
    for (const v of values.filter(mentioned)) {
      const own = applying(def, { ...base, sub_types: [v] }).conditions;
      const others = values.filter((o) => o !== v).map((o) => applying(def, { ...base, sub_types: [o] }).conditions);
      expect(
        others.some((set) => [...own].some((k) => !set.has(k))),
        `${v} brings its own conditions`,
      ).toBe(true);
    }
  });
});

describe("documents' own branches", () => {
  it("Wlz GGZ: each situation has its own declaration and new providers deliver the documents", () => {
    const def = load("wlz_ggz");
    const multiyear = applying(def, { contract_status: "multiyear" });
    const newcomer = applying(def, { contract_status: "new" });
    const newToOffice = applying(def, { contract_status: "existing_new_to_office" });
    expect(multiyear.sections.has("nieuwe_aanbieders")).toBe(false);
    expect(newcomer.sections.has("nieuwe_aanbieders")).toBe(true);
    expect(newToOffice.sections.has("nieuwe_aanbieders")).toBe(true);
    const onlyNew = [...newcomer.conditions].filter((k) => !multiyear.conditions.has(k));
    const onlyMultiyear = [...multiyear.conditions].filter((k) => !newcomer.conditions.has(k));
    expect(onlyNew.length).toBeGreaterThan(5);
    expect(onlyMultiyear.length).toBeGreaterThan(0);
    // Documents with a maximum age are checked against today.
    const ageRules = def.conditions.filter((c) => JSON.stringify(c.rule).includes("notOlderThan"));
    expect(ageRules.length).toBeGreaterThan(0);
    for (const c of ageRules) expect(newcomer.conditions.has(c.key) || newToOffice.conditions.has(c.key)).toBe(true);
  });

  it("GRZ/ELV/GZSP: sub-type sections appear only for the sub-types offered", () => {
    const def = load("grz_elv_gzsp");
    const grz = applying(def, { contract_status: "existing", sub_types: ["grz"] });
    const gzsp = applying(def, { contract_status: "existing", sub_types: ["gzsp"] });
    const ptz = applying(def, { contract_status: "existing", sub_types: ["elv_ptz"] });
    expect(grz.sections.has("minimumeisen_grz")).toBe(true);
    expect(grz.sections.has("minimumeisen_gzsp")).toBe(false);
    expect(gzsp.sections.has("minimumeisen_gzsp")).toBe(true);
    expect(gzsp.sections.has("grz_instroom")).toBe(false);
    expect(ptz.sections.has("elv_ptz")).toBe(true);
    const newcomer = applying(def, { contract_status: "new", sub_types: ["grz"] });
    expect(newcomer.sections.has("nieuwe_aanbieders")).toBe(true);
    expect(grz.sections.has("nieuwe_aanbieders")).toBe(false);
  });

  it("ZG: only new providers see the application section", () => {
    const def = load("zintuiglijk_gehandicaptenzorg");
    expect(applying(def, { contract_status: "new" }).sections.has("aanmelding_nieuwe_aanbieders")).toBe(true);
    expect(applying(def, { contract_status: "existing" }).sections.has("aanmelding_nieuwe_aanbieders")).toBe(false);
  });

  it("ELD: diagnostics sections are hidden for a thrombosis-only provider", () => {
    const def = load("eld_trombosezorg");
    const thrombosis = applying(def, { contract_status: "existing", sub_types: ["thrombosis"] });
    const lab = applying(def, { contract_status: "existing", sub_types: ["lab"] });
    expect(thrombosis.sections.has("kwaliteitsvoorwaarden_eld")).toBe(false);
    expect(lab.sections.has("kwaliteitsvoorwaarden_eld")).toBe(true);
  });

  it("coördinatiefunctie: monitoring duties apply in core regions only", () => {
    const def = load("coordinatiefunctie");
    const core = applying(def, { contract_status: "existing", region: "kernregio" });
    const other = applying(def, { contract_status: "existing", region: "other_region" });
    expect(core.conditions.has("monitoring_info_kernregio")).toBe(true);
    expect(other.conditions.has("monitoring_info_kernregio")).toBe(false);
  });
});

describe("every dated step keeps its precision", () => {
  it.each(ALL)("%s: month-only and year-only dates stay so; times are HH:MM", (careType) => {
    const def = load(careType);
    for (const d of def.procedureDates) {
      if (d.when.precision === "day" && d.when.time) expect(d.when.time).toMatch(/^\d{2}:\d{2}$/);
    }
    expect(def.procedureDates.length).toBeGreaterThan(0);
  });
});

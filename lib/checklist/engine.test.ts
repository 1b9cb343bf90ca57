import { describe, expect, it } from "vitest";
import { evaluateChecklist, sortForPanel, groupOf, type ConditionResult, type PurchaserDecisions } from "./engine";
import { renderMessages } from "../i18n/message";
import { translatorFor } from "../i18n/translator";
import { fixture, fixtureInput } from "../test/fixture";
import { questionnaireSchema, type Answers, type Rule } from "../questionnaire/schema";

const TODAY = "2025-06-15";
const at = (day: string) => ({ today: day, enrolment: day });
/** A result with its reasons as the reader sees them, in both languages. */
const withWords = (r: ConditionResult) => ({
  ...r,
  reason: { nl: renderMessages(r.reasons, translatorFor("nl"), "nl"), en: renderMessages(r.reasons, translatorFor("en"), "en") },
});
const status = (answers: Answers, key: string, today = TODAY) =>
  evaluateChecklist(fixture, answers, at(today)).conditions.find((c) => c.condition.key === key)!;

describe("conditions", () => {
  it("is unanswered until the question is answered, then met or not met", () => {
    expect(status({}, "coverage_85").status).toBe("unanswered");
    expect(status({ coverage: 84.9 }, "coverage_85").status).toBe("notMet");
    expect(status({ coverage: 85 }, "coverage_85").status).toBe("met");
  });

  it("explains a failed threshold as a message key with the question, the threshold and the answer given", () => {
    const r = status({ coverage: 70 }, "coverage_85");
    expect(r.reasons).toEqual([
      { key: "checklist.reason.gte", values: { question: { nl: "Bezetting", en: "Bezetting" }, limit: { key: "checklist.reason.number", values: { value: 85 } }, answer: { key: "checklist.reason.number", values: { value: 70 } } } },
    ]);
  });

  it("gives a reason key for every status, never a sentence", () => {
    const reasons = (answers: Answers, key: string) => status(answers, key).reasons;
    expect(reasons({}, "coverage_85")).toEqual([{ key: "checklist.reason.unanswered" }]);
    expect(reasons({}, "kvk_recent")).toEqual([{ key: "checklist.reason.profileFirst" }]);
    expect(reasons({ contract_status: "existing" }, "kvk_recent")).toEqual([{ key: "checklist.reason.notApplicable" }]);
    expect(reasons({ coverage: 90 }, "coverage_85")).toEqual([{ key: "checklist.reason.met" }]);
    expect(reasons({ wtza: true }, "wtza")).toEqual([
      { key: "checklist.reason.evidenceMissing", values: { evidence: { nl: "de vergunning", en: "de vergunning" } } },
    ]);
    expect(reasons({ contract_status: "new", kvk_date: "2025-01-01" }, "kvk_recent")).toEqual([
      {
        key: "checklist.reason.notOlderThan",
        values: {
          question: expect.anything(),
          amount: 3,
          unit: "months",
          reference: { key: "checklist.reason.atEnrolment", values: { date: TODAY } },
          answer: "2025-01-01",
        },
      },
    ]);
    expect(reasons({ wtza: false }, "wtza")[0]).toMatchObject({ key: "checklist.reason.isYes", values: { answer: { key: "checklist.reason.no" } } });
  });

  it("names every failing leaf, up to three, each with its own key", () => {
    const both = status({ start_date: "2025-12-31" }, "start_window").reasons;
    expect(both.map((r) => r.key)).toEqual(["checklist.reason.dateOnOrAfter"]);
    expect(both[0]!.values).toMatchObject({ date: "2026-01-01", answer: "2025-12-31" });
    const combo = status({ beds: 0, coverage: 90 }, "combo").reasons;
    expect(combo.map((r) => r.key)).toEqual(["checklist.reason.lt", "checklist.reason.seeCondition"]);
  });

  it("asks for evidence when the declaration holds but no file is uploaded", () => {
    expect(status({ wtza: true }, "wtza").status).toBe("evidenceMissing");
    expect(status({ wtza: true, wtza_file: ["f1"] }, "wtza").status).toBe("met");
    expect(status({ wtza: false, wtza_file: ["f1"] }, "wtza").status).toBe("notMet");
  });

  it("treats fileUploaded as a definite no without an upload", () => {
    expect(status({}, "file_only").status).toBe("notMet");
    expect(status({ wtza_file: ["a"] }, "file_only").status).toBe("met");
  });

  it("decides applicability from the profile, and is unanswered until the profile is", () => {
    expect(status({}, "kvk_recent").status).toBe("unanswered");
    expect(status({ contract_status: "existing" }, "kvk_recent").status).toBe("notApplicable");
    expect(status({ contract_status: "new", kvk_date: "2025-03-15" }, "kvk_recent").status).toBe("met");
    expect(status({ contract_status: "new", kvk_date: "2025-03-14" }, "kvk_recent").status).toBe("notMet");
  });

  it("evaluates relative dates against the given today", () => {
    const answers = { contract_status: "new", kvk_date: "2025-03-15" };
    expect(status(answers, "kvk_recent", "2025-06-15").status).toBe("met");
    expect(status(answers, "kvk_recent", "2025-06-16").status).toBe("notMet");
  });

  it("handles date ranges with all", () => {
    expect(status({ start_date: "2026-03-01" }, "start_window").status).toBe("met");
    expect(status({ start_date: "2027-01-01" }, "start_window").status).toBe("notMet");
    expect(status({ start_date: "2025-12-31" }, "start_window").status).toBe("notMet");
  });

  it("handles any / all / not with three-valued logic", () => {
    expect(status({ beds: 3, coverage: 40 }, "combo").status).toBe("met");
    expect(status({ beds: 0, coverage: 90 }, "combo").status).toBe("notMet");
    expect(status({ beds: 20 }, "combo").status).toBe("met"); // not(eq 0) is true: any holds
    expect(status({ beds: 0 }, "combo").status).toBe("unanswered"); // all(..) unknown, not(..) false
  });

  it("handles oneOf, includesAny and answered", () => {
    expect(status({ contract_status: "new" }, "status_known").status).toBe("met");
    expect(status({ sub_types: ["grz"] }, "any_subtype").status).toBe("met");
    expect(status({ sub_types: [] }, "any_subtype").status).toBe("unanswered");
    expect(status({ plan: "   " }, "plan_given").status).toBe("unanswered");
    expect(status({ plan: "Ons plan" }, "plan_given").status).toBe("met");
  });

  it("shows an unmet expectation as advice, not as a failed requirement", () => {
    const r = status({ beds: 4 }, "beds_wish");
    expect(r.status).toBe("notMet");
    expect(groupOf(r.status, r.condition.legalClass)).toBe("adviceNotMet");
    const result = evaluateChecklist(fixture, { beds: 4 }, at(TODAY));
    expect(result.summary.adviceNotMet).toBe(1);
    expect(result.summary.unmetContract).toBe(1); // file_only
  });

  it("sorts the panel: unmet contract conditions first, not applicable last", () => {
    const result = evaluateChecklist(fixture, { contract_status: "existing", coverage: 10, wtza: true }, at(TODAY));
    const groups = sortForPanel(result.conditions).map((r) => groupOf(r.status, r.condition.legalClass));
    expect(groups[0]).toBe("unmetContract");
    expect(groups.at(-1)).toBe("notApplicable");
    const order = ["unmetContract", "unmetPayment", "refused", "evidenceMissing", "awaitingDecision", "unanswered", "adviceNotMet", "met", "notApplicable"];
    expect([...groups].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(groups);
  });
});

describe("branching and progress", () => {
  it("shows a section only for the sub-type it concerns", () => {
    expect(evaluateChecklist(fixture, {}, at(TODAY)).visibleSections).toEqual(["profiel", "algemeen"]);
    const withElv = evaluateChecklist(fixture, { sub_types: ["elv"] }, at(TODAY));
    expect(withElv.visibleSections).toContain("elv");
    expect(status({ sub_types: ["grz"] }, "elv_nurse").status).toBe("notApplicable");
  });

  it("shows a follow-up question only when its trigger holds, and ignores hidden answers", () => {
    const hidden = evaluateChecklist(fixture, { sub_types: ["elv"], elv_247: true, elv_detail: "x" }, at(TODAY));
    expect(hidden.visibleQuestions).not.toContain("elv_detail");
    const shown = evaluateChecklist(fixture, { sub_types: ["elv"], elv_247: false }, at(TODAY));
    expect(shown.visibleQuestions).toContain("elv_detail");
    // elv_247 answered but the section hidden: its answer does not count.
    expect(status({ sub_types: ["grz"], elv_247: true }, "elv_nurse").status).toBe("notApplicable");
  });

  it("counts progress over visible required questions only", () => {
    const empty = evaluateChecklist(fixture, {}, at(TODAY));
    // contract_status, sub_types, wtza, beds, coverage, kvk_date
    expect(empty.progress).toEqual({ answered: 0, required: 6, percent: 0 });
    const some = evaluateChecklist(fixture, { contract_status: "new", sub_types: ["elv"], wtza: false }, at(TODAY));
    expect(some.progress.required).toBe(7); // + elv_247
    expect(some.progress.answered).toBe(3);
    expect(some.missingRequired).toEqual(["beds", "coverage", "kvk_date", "elv_247"]);
  });
});

describe("procedure dates", () => {
  it("splits into past and upcoming, sorted, with days remaining", () => {
    const { timeline } = evaluateChecklist(fixture, { contract_status: "new" }, at("2025-05-15"));
    expect(timeline.past.map((e) => e.date.key)).toEqual(["publication"]);
    expect(timeline.upcoming.map((e) => e.date.key)).toEqual(["questions", "registration_window", "offer", "contract"]);
    expect(timeline.upcoming[0]!.daysRemaining).toBe(0); // today, 12:00
    expect(timeline.upcoming[1]!.daysRemaining).toBe(17);
  });

  it("keeps a month-only date upcoming until its month has passed", () => {
    const during = evaluateChecklist(fixture, {}, at("2025-08-31")).timeline;
    expect(during.upcoming.find((e) => e.date.key === "offer")).toMatchObject({ approximate: true, daysRemaining: 0, ongoing: false });
    const mid = evaluateChecklist(fixture, {}, at("2025-08-15")).timeline;
    expect(mid.upcoming.find((e) => e.date.key === "offer")).toMatchObject({ ongoing: true, daysRemaining: 0 });
    const after = evaluateChecklist(fixture, {}, at("2025-09-01")).timeline;
    expect(after.past.map((e) => e.date.key)).toContain("offer");
  });

  it("keeps a period upcoming until its last day and hides dates that do not apply", () => {
    const within = evaluateChecklist(fixture, { contract_status: "new" }, at("2025-06-20")).timeline;
    expect(within.upcoming[0]).toMatchObject({ daysRemaining: 0 });
    expect(within.upcoming[0]!.date.key).toBe("registration_window");
    const existing = evaluateChecklist(fixture, { contract_status: "existing" }, at("2025-05-01")).timeline;
    expect([...existing.past, ...existing.upcoming].map((e) => e.date.key)).not.toContain("registration_window");
  });

  it("works for any today: everything past after the policy period", () => {
    const { timeline } = evaluateChecklist(fixture, {}, at("2030-01-01"));
    expect(timeline.upcoming).toEqual([]);
    expect(timeline.past.at(-1)!.daysRemaining).toBeLessThan(0);
  });
});

/** The fixture with a branch-dependent upload, every legal class and a summary condition. */
const classes = questionnaireSchema.parse({
  ...fixtureInput,
  sections: fixtureInput.sections.map((s) =>
    s.key === "algemeen"
      ? {
          ...s,
          questions: [
            ...s.questions,
            { key: "hardship", kind: "yesNo", label: { nl: "Beroep op hardheidsclausule?", en: "Hardship clause?" } },
            {
              key: "hardship_file",
              kind: "file",
              required: false,
              label: { nl: "Aanvraagformulier", en: "Application form" },
              visibleWhen: { op: "isYes", question: "hardship" },
            },
            { key: "volume", kind: "number", label: { nl: "Volume", en: "Volume" } },
            { key: "far_region", kind: "yesNo", label: { nl: "Lange reisafstand?", en: "Long travel distance?" } },
          ],
        }
      : s,
  ),
  conditions: [
    ...fixtureInput.conditions,
    {
      key: "hardship_form",
      text: { nl: "Aanvraag hardheidsclausule", en: "Hardship request" },
      legalClass: "contract",
      basis: { heading: "2.7" },
      rule: { op: "any", rules: [{ op: "isNo", question: "hardship" }, { op: "isYes", question: "hardship" }] },
      evidence: { question: "hardship_file", description: { nl: "het formulier", en: "the form" } },
      source: { section: "2.7", quote: "hardheidsclausule" },
    },
    {
      key: "wtza_optional_proof",
      text: { nl: "Eventuele volmacht", en: "Any power of attorney" },
      legalClass: "contract",
      basis: { heading: "7.5" },
      rule: { op: "isYes", question: "wtza" },
      evidence: { question: "wtza_file", description: { nl: "volmacht", en: "power of attorney" }, required: false },
      source: { section: "7.5", quote: "eventuele volmacht" },
    },
    {
      key: "volume_staffel",
      text: { nl: "Staffel bij volume onder 60", en: "Scale below 60" },
      legalClass: "payment",
      basis: { heading: "Staffel", sentence: "Bij minder dan 60 cliënten geldt een lager tarief." },
      rule: { op: "gte", question: "volume", value: 60 },
      source: { section: "Staffel", quote: "60" },
    },
    {
      key: "volume_exception",
      text: { nl: "Uitzondering op de volumenorm", en: "Exception to the volume norm" },
      legalClass: "purchaserDecides",
      basis: { heading: "2.2.3", sentence: "kunnen we een uitzondering maken" },
      rule: { op: "isYes", question: "far_region" },
      source: { section: "2.2.3", quote: "uitzondering" },
    },
    {
      key: "all_licences",
      text: { nl: "Alle vergunningen", en: "All licences" },
      legalClass: "contract",
      basis: { heading: "Voorwaarden" },
      summarises: ["wtza", "file_only"],
      rule: { op: "all", rules: [{ op: "isYes", question: "wtza" }, { op: "fileUploaded", question: "wtza_file" }] },
      source: { section: "Voorwaarden", quote: "vergunningen" },
    },
  ],
});
const ofClasses = (answers: Answers, decisions: PurchaserDecisions = {}) => evaluateChecklist(classes, answers, at(TODAY), decisions);
const statusIn = (answers: Answers, key: string, decisions?: PurchaserDecisions) =>
  withWords(ofClasses(answers, decisions).conditions.find((c) => c.condition.key === key)!);

describe("evidence follows the branch", () => {
  it("never asks for proof whose upload question is hidden on the branch taken", () => {
    expect(statusIn({ hardship: false }, "hardship_form").status).toBe("met");
    expect(statusIn({ hardship: true }, "hardship_form").status).toBe("evidenceMissing");
    expect(statusIn({ hardship: true }, "hardship_form").reason.nl).toContain("het formulier");
    expect(statusIn({ hardship: true, hardship_file: ["f"] }, "hardship_form").status).toBe("met");
    // An upload kept from an earlier branch does not count once hidden, and is not asked for either.
    expect(statusIn({ hardship: false, hardship_file: ["f"] }, "hardship_form").status).toBe("met");
  });

  it("never reports optional proof as missing", () => {
    expect(statusIn({ wtza: true }, "wtza_optional_proof").status).toBe("met");
    expect(statusIn({ wtza: true }, "wtza").status).toBe("evidenceMissing");
    expect(ofClasses({ wtza: true }).summary.evidenceMissing).toBe(1);
  });
});

describe("legal classes", () => {
  it("counts an unmet payment condition apart from contract conditions and advice", () => {
    const r = ofClasses({ volume: 59, beds: 4, coverage: 10 });
    expect(statusIn({ volume: 59 }, "volume_staffel").status).toBe("notMet");
    expect(groupOf("notMet", "payment")).toBe("unmetPayment");
    expect(r.summary.unmetPayment).toBe(1);
    expect(r.summary.adviceNotMet).toBe(1);
    expect(r.summary.unmetContract).toBe(2); // coverage_85, file_only (all_licences is summed up there)
    expect(statusIn({ volume: 60 }, "volume_staffel").status).toBe("met");
  });

  it("does not let the provider's claim meet an exception: the purchaser grants or refuses it", () => {
    expect(statusIn({ far_region: false }, "volume_exception").status).toBe("notMet");
    const claimed = statusIn({ far_region: true }, "volume_exception");
    expect(claimed.status).toBe("awaitingDecision");
    expect(claimed.reason.en).toContain("awaits the purchaser");
    expect(ofClasses({ far_region: true }).summary.awaitingDecision).toBe(1);

    const granted = statusIn({ far_region: true }, "volume_exception", { volume_exception: { granted: true, reason: "Witte vlek" } });
    expect(granted.status).toBe("met");
    expect(granted.reason.nl).toBe("Toegekend door de inkoper: Witte vlek");
    const refused = statusIn({ far_region: true }, "volume_exception", { volume_exception: { granted: false, reason: "Geen knelpunt" } });
    expect(refused.status).toBe("notMet");
    expect(refused.reason.en).toBe("Refused by the purchaser: Geen knelpunt");
    expect(groupOf(refused.status, "purchaserDecides")).toBe("refused");
    expect(ofClasses({ far_region: true }, { volume_exception: { granted: false, reason: "x" } }).summary.refused).toBe(1);
    // A decision on a condition of another class changes nothing.
    expect(statusIn({ volume: 59 }, "volume_staffel", { volume_staffel: { granted: true, reason: "x" } }).status).toBe("notMet");
  });

  it("maps every status of every class to one panel group", () => {
    expect(groupOf("notMet", "contract")).toBe("unmetContract");
    expect(groupOf("notMet", "advice")).toBe("adviceNotMet");
    for (const status of ["met", "evidenceMissing", "unanswered", "awaitingDecision", "notApplicable"] as const) {
      expect(groupOf(status, "contract")).toBe(status);
      expect(groupOf(status, "advice")).toBe(status);
    }
  });
});

describe("counting one shortfall once", () => {
  it("does not count a summary condition while a condition it sums up falls short", () => {
    const r = ofClasses({ wtza: false });
    const summary = r.conditions.find((c) => c.condition.key === "all_licences")!;
    expect(summary.status).toBe("notMet");
    expect(summary.counted).toBe(false);
    expect(r.conditions.find((c) => c.condition.key === "wtza")!.counted).toBe(true);
  });

  it("counts it when all it sums up are met but it is not", () => {
    const answers = { wtza: true, wtza_file: ["f"] };
    expect(ofClasses(answers).conditions.find((c) => c.condition.key === "all_licences")!.counted).toBe(true);
  });
});

describe("reference dates", () => {
  const answers = { contract_status: "new", kvk_date: "2025-03-15" };
  it("evaluates ages as of the moment of enrolment, not the day someone looks", () => {
    const judged = (enrolment: string, today: string) =>
      withWords(evaluateChecklist(fixture, answers, { enrolment, today }).conditions.find((c) => c.condition.key === "kvk_recent")!);
    expect(judged("2025-06-15", "2030-01-01").status).toBe("met");
    expect(judged("2025-06-16", "2025-06-01").status).toBe("notMet");
    expect(judged("2025-06-16", "2025-06-01").reason.nl).toContain("op het moment van inschrijving (2025-06-16)");
  });

  it("counts from a fixed date when the rule names one", () => {
    const def = questionnaireSchema.parse({
      ...fixtureInput,
      conditions: [
        {
          key: "kvk_fixed",
          text: { nl: "KvK op 1 januari 2025 niet ouder dan 3 maanden", en: "KvK" },
          legalClass: "contract",
          basis: { heading: "Voorwaarden" },
          rule: { op: "notOlderThan", question: "kvk_date", amount: 3, unit: "months", reference: "2025-01-01" },
          source: { section: "Voorwaarden", quote: "1 januari" },
        },
      ],
    });
    const verdict = (kvk_date: string) => withWords(evaluateChecklist(def, { kvk_date }, at("2030-01-01")).conditions[0]!);
    expect(verdict("2024-10-01").status).toBe("met");
    expect(verdict("2024-09-30").status).toBe("notMet");
    expect(verdict("2024-09-30").reason.en).toContain("on 2025-01-01");
  });

  it("places the timeline as of today, apart from the reference", () => {
    const r = evaluateChecklist(fixture, {}, { enrolment: "2025-01-01", today: "2030-01-01" });
    expect(r.timeline.upcoming).toEqual([]);
  });
});

describe("exact thresholds", () => {
  const withRule = (rule: Rule) =>
    questionnaireSchema.parse({
      ...fixtureInput,
      conditions: [{ key: "c", text: { nl: "c", en: "c" }, legalClass: "contract", basis: { heading: "h" }, rule, source: { section: "h", quote: "q" } }],
    });
  const verdict = (rule: Rule, answers: Answers) => withWords(evaluateChecklist(withRule(rule), answers, at(TODAY)).conditions[0]!);

  it("compares a fraction exactly: tweederde is 2/3, not 66.6", () => {
    const twoThirds: Rule = { op: "gte", question: "coverage", value: 200, denominator: 3 };
    expect(verdict(twoThirds, { coverage: 66.6 }).status).toBe("notMet");
    expect(verdict(twoThirds, { coverage: 66.66 }).status).toBe("notMet");
    expect(verdict(twoThirds, { coverage: 66.67 }).status).toBe("met");
    expect(verdict(twoThirds, { coverage: 66.6 }).reason.nl).toContain("ten minste 200/3");
    expect(verdict({ op: "eq", question: "beds", value: 10, denominator: 2 }, { beds: 5 }).status).toBe("met");
    expect(verdict({ op: "lt", question: "beds", value: 10, denominator: 2 }, { beds: 5 }).status).toBe("notMet");
    expect(verdict({ op: "lte", question: "beds", value: 10, denominator: 2 }, { beds: 5 }).status).toBe("met");
    expect(verdict({ op: "gt", question: "beds", value: 10, denominator: 2 }, { beds: 5 }).status).toBe("notMet");
  });

  it("compares dates as written: 'tot' before, 'uiterlijk'/'t/m' on or before, 'na' after", () => {
    const tot: Rule = { op: "dateBefore", question: "start_date", value: "2026-01-01" };
    expect(verdict(tot, { start_date: "2025-12-31" }).status).toBe("met");
    expect(verdict(tot, { start_date: "2026-01-01" }).status).toBe("notMet");
    expect(verdict(tot, { start_date: "2026-01-01" }).reason.nl).toContain("vóór 2026-01-01");
    const na: Rule = { op: "dateAfter", question: "start_date", value: "2026-01-01" };
    expect(verdict(na, { start_date: "2026-01-01" }).status).toBe("notMet");
    expect(verdict(na, { start_date: "2026-01-02" }).status).toBe("met");
    expect(verdict(na, { start_date: "2026-01-01" }).reason.en).toContain("after 2026-01-01");
  });
});

describe("reasons in words", () => {
  const reason = (rule: Rule, answers: Answers) => {
    const def = questionnaireSchema.parse({
      ...fixtureInput,
      conditions: [{ key: "c", text: { nl: "c", en: "c" }, legalClass: "contract", basis: { heading: "h" }, rule, source: { section: "h", quote: "q" } }],
    });
    return withWords(evaluateChecklist(def, answers, at(TODAY)).conditions[0]!).reason;
  };

  it("says what each kind of rule requires and what was answered, in Dutch and English", () => {
    expect(reason({ op: "isYes", question: "wtza" }, { wtza: false })).toEqual({
      nl: "Vereist: “Heeft u een Wtza-vergunning?” met ja beantwoord; uw antwoord: nee.",
      en: "Required: “Heeft u een Wtza-vergunning?” answered yes; your answer: no.",
    });
    expect(reason({ op: "isNo", question: "wtza" }, { wtza: true })).toEqual({
      nl: "Vereist: “Heeft u een Wtza-vergunning?” met nee beantwoord; uw antwoord: ja.",
      en: "Required: “Heeft u een Wtza-vergunning?” answered no; your answer: yes.",
    });
    expect(reason({ op: "fileUploaded", question: "wtza_file" }, {})).toEqual({
      nl: "Vereist: een document bij “Wtza-vergunning”.",
      en: "Required: a document for “Wtza-vergunning”.",
    });
    expect(reason({ op: "equals", question: "contract_status", value: "new" }, { contract_status: "existing" })).toEqual({
      nl: "Vereist: “Contractstatus” is “Nieuw”; uw antwoord: Bestaand.",
      en: "Required: “Contractstatus” is “Nieuw”; your answer: Bestaand.",
    });
    expect(reason({ op: "includesAny", question: "sub_types", values: ["elv", "grz"] }, { sub_types: ["other"] })).toEqual({
      nl: "Vereist: “Zorgvormen” is een van “ELV”, “GRZ”; uw antwoord: other.",
      en: "Required: “Zorgvormen” is one of “ELV”, “GRZ”; your answer: other.",
    });
    expect(reason({ op: "gt", question: "beds", value: 10 }, { beds: 4 })).toEqual({
      nl: "Vereist: “Aantal bedden” meer dan 10; uw antwoord: 4.",
      en: "Required: “Aantal bedden” more than 10; your answer: 4.",
    });
    expect(reason({ op: "lte", question: "beds", value: 3 }, { beds: 4 }).nl).toBe("Vereist: “Aantal bedden” ten hoogste 3; uw antwoord: 4.");
    expect(reason({ op: "lt", question: "beds", value: 3 }, { beds: 4 }).en).toBe("Required: “Aantal bedden” less than 3; your answer: 4.");
    expect(reason({ op: "eq", question: "beds", value: 3 }, { beds: 4 }).nl).toBe("Vereist: “Aantal bedden” precies 3; uw antwoord: 4.");
    expect(reason({ op: "dateOnOrBefore", question: "start_date", value: "2026-01-01" }, { start_date: "2026-02-01" })).toEqual({
      nl: "Vereist: “Startdatum” op of voor 2026-01-01; uw antwoord: 2026-02-01.",
      en: "Required: “Startdatum” on or before 2026-01-01; your answer: 2026-02-01.",
    });
    expect(reason({ op: "dateOnOrAfter", question: "start_date", value: "2026-01-01" }, { start_date: "2025-02-01" }).en).toBe(
      "Required: “Startdatum” on or after 2026-01-01; your answer: 2025-02-01.",
    );
    expect(reason({ op: "notOlderThan", question: "kvk_date", amount: 1, unit: "years", reference: "enrolment" }, { kvk_date: "2020-01-01" })).toEqual({
      nl: "Vereist: “Datum KvK-uittreksel” niet ouder dan 1 jaar op het moment van inschrijving (2025-06-15); uw antwoord: 2020-01-01.",
      en: "Required: “Datum KvK-uittreksel” no older than 1 year at enrolment (2025-06-15); your answer: 2020-01-01.",
    });
    expect(reason({ op: "notOlderThan", question: "kvk_date", amount: 2, unit: "days", reference: "enrolment" }, { kvk_date: "2020-01-01" }).nl).toContain("2 dagen");
  });

  it("explains up to three failing leaves, through all, any and not", () => {
    const r = reason(
      {
        op: "all",
        rules: [
          { op: "gte", question: "beds", value: 5 },
          { op: "any", rules: [{ op: "isYes", question: "wtza" }, { op: "not", rule: { op: "answered", question: "plan" } }] },
          { op: "gte", question: "coverage", value: 90 },
          { op: "gte", question: "coverage", value: 95 },
        ],
      },
      { beds: 1, wtza: false, plan: "p", coverage: 10 },
    );
    expect(r.nl).toBe(
      "Vereist: “Aantal bedden” ten minste 5; uw antwoord: 1. Vereist: “Heeft u een Wtza-vergunning?” met ja beantwoord; uw antwoord: nee. zie de voorwaarde",
    );
    expect(r.en).toContain("see the condition");
    // A leaf that holds is not named.
    expect(reason({ op: "all", rules: [{ op: "isNo", question: "wtza" }, { op: "gte", question: "beds", value: 5 }] }, { wtza: false, beds: 1 }).nl).toBe(
      "Vereist: “Aantal bedden” ten minste 5; uw antwoord: 1.",
    );
  });

  it("words the other statuses", () => {
    expect(withWords(status({}, "coverage_85")).reason).toEqual({ nl: "Nog niet (volledig) beantwoord.", en: "Not (fully) answered yet." });
    expect(withWords(status({}, "kvk_recent")).reason).toEqual({
      nl: "Beantwoord eerst de profielvragen om te zien of dit voor u geldt.",
      en: "Answer the profile questions first to see whether this applies to you.",
    });
    expect(withWords(status({ contract_status: "existing" }, "kvk_recent")).reason).toEqual({ nl: "Niet van toepassing op uw situatie.", en: "Does not apply to your situation." });
    expect(withWords(status({ coverage: 90 }, "coverage_85")).reason).toEqual({ nl: "Voldaan.", en: "Met." });
    expect(withWords(status({ wtza: true }, "wtza")).reason).toEqual({
      nl: "Voldaan volgens uw antwoord; lever nog het bewijsstuk aan: de vergunning.",
      en: "Met according to your answer; still upload the evidence: de vergunning.",
    });
    expect(status({ wtza: true }, "wtza").questions).toEqual(["wtza", "wtza_file"]);
    expect(status({}, "elv_nurse").questions).toEqual([]); // its section is hidden
  });

  it("counts progress as a rounded percentage, 100 when nothing is required", () => {
    const r = evaluateChecklist(fixture, { contract_status: "new" }, at(TODAY));
    expect(r.progress).toEqual({ answered: 1, required: 6, percent: 17 });
    const none = questionnaireSchema.parse({
      ...fixtureInput,
      sections: [{ key: "s", title: { nl: "s", en: "s" }, questions: [{ key: "x", kind: "shortText", required: false, label: { nl: "x", en: "x" } }] }],
      conditions: [],
      procedureDates: [],
    });
    expect(evaluateChecklist(none, {}, at(TODAY)).progress).toEqual({ answered: 0, required: 0, percent: 100 });
  });
});

import { describe, expect, it } from "vitest";
import { evaluateChecklist, sortForPanel, groupOf } from "./engine";
import { fixture } from "../test/fixture";
import type { Answers } from "../questionnaire/schema";

const TODAY = "2025-06-15";
const status = (answers: Answers, key: string, today = TODAY) =>
  evaluateChecklist(fixture, answers, today).conditions.find((c) => c.condition.key === key)!;

describe("conditions", () => {
  it("is unanswered until the question is answered, then met or not met", () => {
    expect(status({}, "coverage_85").status).toBe("unanswered");
    expect(status({ coverage: 84.9 }, "coverage_85").status).toBe("notMet");
    expect(status({ coverage: 85 }, "coverage_85").status).toBe("met");
  });

  it("explains a failed threshold as a message key with the question, the threshold and the answer given", () => {
    const r = status({ coverage: 70 }, "coverage_85");
    expect(r.reasons).toEqual([
      { key: "checklist.reason.gte", values: { question: { nl: "Bezetting", en: "Bezetting" }, value: 85, answer: { key: "checklist.reason.number", values: { value: 70 } } } },
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
        values: { question: expect.anything(), amount: 3, unit: "months", answer: "2025-01-01" },
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
    expect(groupOf(r.status, r.condition.severity)).toBe("expectationNotMet");
    const result = evaluateChecklist(fixture, { beds: 4 }, TODAY);
    expect(result.summary.expectationNotMet).toBe(1);
    expect(result.summary.unmetHard).toBe(1); // file_only
  });

  it("sorts the panel: unmet hard first, not applicable last", () => {
    const result = evaluateChecklist(fixture, { contract_status: "existing", coverage: 10, wtza: true }, TODAY);
    const groups = sortForPanel(result.conditions).map((r) => groupOf(r.status, r.condition.severity));
    expect(groups[0]).toBe("unmetHard");
    expect(groups.at(-1)).toBe("notApplicable");
    const order = ["unmetHard", "evidenceMissing", "unanswered", "expectationNotMet", "met", "notApplicable"];
    expect([...groups].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(groups);
  });
});

describe("branching and progress", () => {
  it("shows a section only for the sub-type it concerns", () => {
    expect(evaluateChecklist(fixture, {}, TODAY).visibleSections).toEqual(["profiel", "algemeen"]);
    const withElv = evaluateChecklist(fixture, { sub_types: ["elv"] }, TODAY);
    expect(withElv.visibleSections).toContain("elv");
    expect(status({ sub_types: ["grz"] }, "elv_nurse").status).toBe("notApplicable");
  });

  it("shows a follow-up question only when its trigger holds, and ignores hidden answers", () => {
    const hidden = evaluateChecklist(fixture, { sub_types: ["elv"], elv_247: true, elv_detail: "x" }, TODAY);
    expect(hidden.visibleQuestions).not.toContain("elv_detail");
    const shown = evaluateChecklist(fixture, { sub_types: ["elv"], elv_247: false }, TODAY);
    expect(shown.visibleQuestions).toContain("elv_detail");
    // elv_247 answered but the section hidden: its answer does not count.
    expect(status({ sub_types: ["grz"], elv_247: true }, "elv_nurse").status).toBe("notApplicable");
  });

  it("counts progress over visible required questions only", () => {
    const empty = evaluateChecklist(fixture, {}, TODAY);
    // contract_status, sub_types, wtza, beds, coverage, kvk_date
    expect(empty.progress).toEqual({ answered: 0, required: 6, percent: 0 });
    const some = evaluateChecklist(fixture, { contract_status: "new", sub_types: ["elv"], wtza: false }, TODAY);
    expect(some.progress.required).toBe(7); // + elv_247
    expect(some.progress.answered).toBe(3);
    expect(some.missingRequired).toEqual(["beds", "coverage", "kvk_date", "elv_247"]);
  });
});

describe("procedure dates", () => {
  it("splits into past and upcoming, sorted, with days remaining", () => {
    const { timeline } = evaluateChecklist(fixture, { contract_status: "new" }, "2025-05-15");
    expect(timeline.past.map((e) => e.date.key)).toEqual(["publication"]);
    expect(timeline.upcoming.map((e) => e.date.key)).toEqual(["questions", "registration_window", "offer", "contract"]);
    expect(timeline.upcoming[0]!.daysRemaining).toBe(0); // today, 12:00
    expect(timeline.upcoming[1]!.daysRemaining).toBe(17);
  });

  it("keeps a month-only date upcoming until its month has passed", () => {
    const during = evaluateChecklist(fixture, {}, "2025-08-31").timeline;
    expect(during.upcoming.find((e) => e.date.key === "offer")).toMatchObject({ approximate: true, daysRemaining: 0, ongoing: false });
    const mid = evaluateChecklist(fixture, {}, "2025-08-15").timeline;
    expect(mid.upcoming.find((e) => e.date.key === "offer")).toMatchObject({ ongoing: true, daysRemaining: 0 });
    const after = evaluateChecklist(fixture, {}, "2025-09-01").timeline;
    expect(after.past.map((e) => e.date.key)).toContain("offer");
  });

  it("keeps a period upcoming until its last day and hides dates that do not apply", () => {
    const within = evaluateChecklist(fixture, { contract_status: "new" }, "2025-06-20").timeline;
    expect(within.upcoming[0]).toMatchObject({ daysRemaining: 0 });
    expect(within.upcoming[0]!.date.key).toBe("registration_window");
    const existing = evaluateChecklist(fixture, { contract_status: "existing" }, "2025-05-01").timeline;
    expect([...existing.past, ...existing.upcoming].map((e) => e.date.key)).not.toContain("registration_window");
  });

  it("works for any today: everything past after the policy period", () => {
    const { timeline } = evaluateChecklist(fixture, {}, "2030-01-01");
    expect(timeline.upcoming).toEqual([]);
    expect(timeline.past.at(-1)!.daysRemaining).toBeLessThan(0);
  });
});

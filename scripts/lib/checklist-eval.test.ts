import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checklistEval, USAGE } from "./checklist-eval";

const dir = mkdtempSync(path.join(tmpdir(), "checklist-eval-"));
const file = (name: string, value: unknown) => {
  const p = path.join(dir, name);
  writeFileSync(p, typeof value === "string" ? value : JSON.stringify(value));
  return p;
};
const WLZ = path.join(process.cwd(), "prisma", "questionnaires", "wlz_ggz.json");
const answers = file("answers.json", { contract_status: "new", kvk_extract_date: "2024-03-01", hardship_request: false });
const verdicts = (...args: string[]) => {
  const r = checklistEval(args);
  expect(r.code, r.out).toBe(0);
  return new Map((JSON.parse(r.out) as { key: string; class: string; status: string }[]).map((v) => [v.key, v]));
};

describe("npm run checklist:eval", () => {
  it("prints every condition's key, class and status as at the given moment", () => {
    const then = verdicts(WLZ, answers, "--as-of", "2024-07-31T12:00:00+02:00");
    expect(then.get("kvk_extract_recent")).toEqual({ key: "kvk_extract_recent", class: "contract", status: "evidenceMissing" });
    expect(then.get("hardship_request_procedure")).toMatchObject({ status: "met" }); // no hardship form demanded on "Nee"
    expect(then.get("own_production_two_thirds")).toMatchObject({ class: "advice", status: "unanswered" });
    const later = verdicts(WLZ, answers, "--as-of", "2026-11-26T12:00:00Z");
    expect(later.get("kvk_extract_recent")).toMatchObject({ status: "notMet" });
  });

  it("takes the purchaser's decisions from a file", () => {
    const def = file("exception.json", {
      formatVersion: 3,
      careType: { key: "t", name: { nl: "T", en: "T" } },
      title: { nl: "T", en: "T" },
      insurer: "T",
      policyPeriod: "2026",
      document: { file: "t.txt", title: "T" },
      sections: [{ key: "p", profile: true, title: { nl: "P", en: "P" }, questions: [{ key: "far", kind: "yesNo", label: { nl: "Ver?", en: "Far?" } }] }],
      conditions: [
        { key: "exc", text: { nl: "U", en: "E" }, legalClass: "purchaserDecides", basis: { heading: "2.2.3" }, rule: { op: "isYes", question: "far" }, source: { section: "2.2.3", quote: "uitzondering" } },
      ],
      procedureDates: [],
    });
    const far = file("far.json", { far: true });
    expect(verdicts(def, far, "--as-of", "2026-01-01").get("exc")).toEqual({ key: "exc", class: "purchaserDecides", status: "awaitingDecision" });
    const decisions = file("decisions.json", { exc: { granted: false, reason: "Geen knelpunt" } });
    expect(verdicts(def, far, "--decisions", decisions, "--as-of", "2026-01-01").get("exc")).toMatchObject({ status: "notMet" });
  });

  it("refuses incomplete or wrong arguments with the usage", () => {
    for (const args of [[], [WLZ], [WLZ, answers], [WLZ, answers, "--as-of"], [WLZ, answers, "--as-of", "gisteren"], [WLZ, answers, "--as-of", "2026-13-45"], [WLZ, answers, "x", "--as-of", "2026-01-01"]]) {
      expect(checklistEval(args)).toEqual({ code: 2, out: USAGE });
    }
  });

  it("names what is wrong with the files", () => {
    const broken = file("broken.json", { formatVersion: 3 });
    expect(checklistEval([broken, answers, "--as-of", "2026-01-01"]).code).toBe(1);
    expect(checklistEval([WLZ, file("list.json", [1]), "--as-of", "2026-01-01"])).toEqual({ code: 1, out: expect.stringContaining("not a JSON object") });
    expect(checklistEval([WLZ, file("bad.json", "{"), "--as-of", "2026-01-01"]).code).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { carryOverAnswers } from "./carry-over";
import type { Question } from "./schema";
import { fixture } from "../test/fixture";

describe("carryOverAnswers", () => {
  it("keeps answers whose questions exist and still accept them; names the rest with a reason", () => {
    const next = structuredClone(fixture);
    const general = next.sections[1]!;
    general.questions = general.questions.filter((q) => q.key !== "plan");
    general.questions.find((q) => q.key === "beds")!.max = 50;
    next.sections[0]!.questions[0]!.options = [
      { value: "existing", label: { nl: "Bestaand", en: "Existing" } },
      { value: "other", label: { nl: "Anders", en: "Other" } },
    ];
    const result = carryOverAnswers(
      next,
      { wtza: true, plan: "Ons plan", beds: 80, coverage: 90, contract_status: "new", name: null },
      ["wtza_file", "old_file"],
    );
    expect(result.keptAnswers).toEqual(["wtza", "coverage", "name"]);
    expect(result.droppedAnswers).toEqual([
      { questionKey: "plan", reason: "removed" },
      { questionKey: "beds", reason: "incompatible" },
      { questionKey: "contract_status", reason: "incompatible" },
    ]);
    expect(result.keptFiles).toEqual(["wtza_file"]);
    expect(result.droppedFiles).toEqual([{ questionKey: "old_file", reason: "removed" }]);
  });

  it("drops files of a question that is no longer a file question", () => {
    const next = structuredClone(fixture);
    const q = next.sections[1]!.questions.find((x) => x.key === "wtza_file")!;
    q.kind = "shortText";
    expect(carryOverAnswers(next, {}, ["wtza_file"]).droppedFiles).toEqual([{ questionKey: "wtza_file", reason: "incompatible" }]);
  });
});

describe("carryOverAnswers with replaced questions", () => {
  const t = (nl: string) => ({ nl, en: nl });
  /** The fixture's next version with the "algemeen" section's questions changed by `change`. */
  const nextVersion = (change: (questions: Question[]) => Question[]) => {
    const next = structuredClone(fixture);
    next.sections[1]!.questions = change(next.sections[1]!.questions);
    return next;
  };

  it("moves the answer of a renamed question to its new key", () => {
    const next = nextVersion((qs) => qs.map((q) => (q.key === "plan" ? { ...q, key: "care_plan", replaces: ["plan"] } : q)));
    const result = carryOverAnswers(next, { plan: "Ons plan", wtza: true }, []);
    expect(result.keptAnswers).toEqual(["plan", "wtza"]);
    expect(result.answerMoves).toEqual([{ from: "plan", to: "care_plan" }]);
    expect(result.droppedAnswers).toEqual([]);
  });

  it("copies the answer of a question split in two into each part that accepts it", () => {
    const next = nextVersion((qs) => [
      ...qs.filter((q) => q.key !== "beds"),
      { key: "beds_elv", kind: "number", label: t("Bedden ELV"), required: true, min: 0, replaces: ["beds"] },
      { key: "beds_grz", kind: "number", label: t("Bedden GRZ"), required: true, min: 0, replaces: ["beds"] },
      { key: "beds_small", kind: "number", label: t("Bedden klein"), required: true, max: 10, replaces: ["beds"] },
    ]);
    const result = carryOverAnswers(next, { beds: 12 }, []);
    expect(result.keptAnswers).toEqual(["beds"]);
    expect(result.answerMoves).toEqual([
      { from: "beds", to: "beds_elv" },
      { from: "beds", to: "beds_grz" },
    ]);
  });

  it("drops the answer when the replacing question's kind no longer accepts it", () => {
    const next = nextVersion((qs) => qs.map((q) => (q.key === "name" ? { key: "contact_count", kind: "number", label: t("Aantal"), required: true, replaces: ["name"] } : q)));
    const result = carryOverAnswers(next, { name: "Anna" }, []);
    expect(result.keptAnswers).toEqual([]);
    expect(result.answerMoves).toEqual([]);
    expect(result.droppedAnswers).toEqual([{ questionKey: "name", reason: "incompatible" }]);
  });

  it("drops a choice whose option the replacing question no longer has", () => {
    const next = structuredClone(fixture);
    const profile = next.sections[0]!;
    profile.questions = profile.questions.map((q) =>
      q.key === "contract_status" ? { ...q, key: "contract", replaces: ["contract_status"], options: q.options!.filter((o) => o.value !== "new").concat({ value: "other", label: t("Anders") }) } : q,
    );
    const kept = carryOverAnswers(next, { contract_status: "existing" }, []);
    expect(kept.answerMoves).toEqual([{ from: "contract_status", to: "contract" }]);
    const dropped = carryOverAnswers(next, { contract_status: "new" }, []);
    expect(dropped.droppedAnswers).toEqual([{ questionKey: "contract_status", reason: "incompatible" }]);
    expect(dropped.answerMoves).toEqual([]);
  });

  it("never lets a replaced answer overwrite the answer of a question that kept its key", () => {
    // "name" stays, and also claims to replace the removed "plan": its own answer wins.
    const next = nextVersion((qs) => qs.filter((q) => q.key !== "plan").map((q) => (q.key === "name" ? { ...q, replaces: ["plan"] } : q)));
    const result = carryOverAnswers(next, { plan: "Ons plan", name: "Anna" }, []);
    expect(result.keptAnswers).toEqual(["name"]);
    expect(result.droppedAnswers).toEqual([{ questionKey: "plan", reason: "incompatible" }]);
    expect(result.answerMoves).toEqual([]);
  });

  it("moves uploaded files to the file question that replaces theirs", () => {
    const next = nextVersion((qs) => qs.map((q) => (q.key === "wtza_file" ? { ...q, key: "licence_file", replaces: ["wtza_file"] } : q)));
    const result = carryOverAnswers(next, {}, ["wtza_file"]);
    expect(result.keptFiles).toEqual(["wtza_file"]);
    expect(result.fileMoves).toEqual([{ from: "wtza_file", to: "licence_file" }]);
  });
});

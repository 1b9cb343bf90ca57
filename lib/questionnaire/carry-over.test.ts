import { describe, expect, it } from "vitest";
import { carryOverAnswers } from "./carry-over";
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

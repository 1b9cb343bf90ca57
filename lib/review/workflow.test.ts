import { describe, expect, expectTypeOf, it } from "vitest";
import { SubmissionStatus as PrismaSubmissionStatus } from "@/lib/generated/prisma/enums";
import { DECIDED_STATUSES, EDITABLE_STATUSES, isDecided, isEditable, OFFICER_STATUSES, REVIEWABLE_STATUSES, SUBMISSION_STATUSES, type SubmissionStatus } from "./workflow";

describe("the submission status vocabulary", () => {
  it("is the database's enum, in the same order", () => {
    expect([...SUBMISSION_STATUSES]).toEqual(Object.values(PrismaSubmissionStatus));
    expectTypeOf<SubmissionStatus>().toEqualTypeOf<PrismaSubmissionStatus>();
  });

  it("derives every narrower list from it", () => {
    for (const list of [EDITABLE_STATUSES, OFFICER_STATUSES, REVIEWABLE_STATUSES, DECIDED_STATUSES]) {
      for (const s of list) expect(SUBMISSION_STATUSES).toContain(s);
    }
    expect(OFFICER_STATUSES).not.toContain("DRAFT");
  });

  it("lets a provider edit only while the submission is with them", () => {
    expect(SUBMISSION_STATUSES.filter(isEditable)).toEqual(["DRAFT", "CHANGES_REQUESTED"]);
    expect(SUBMISSION_STATUSES.filter(isDecided)).toEqual(["CHANGES_REQUESTED", "APPROVED", "REJECTED"]);
  });
});

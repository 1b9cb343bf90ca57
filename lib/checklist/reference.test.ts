import { describe, expect, it } from "vitest";
import { fixture } from "../test/fixture";
import type { QuestionnaireDefinition } from "../questionnaire/schema";
import { answerWindowClose, enrolmentDate, evaluationMoment, submissionMoment } from "./reference";

const withWindow = (key: string): QuestionnaireDefinition => ({ ...fixture, answerWindowCloses: key });
const instant = (iso: string) => new Date(iso);

describe("the moment of enrolment", () => {
  it("is the submission time of a submitted form, on the Dutch calendar", () => {
    // 23:30 UTC on 30 June is already 1 July in the Netherlands.
    expect(enrolmentDate(fixture, { submittedAt: instant("2025-06-30T23:30:00Z"), now: instant("2026-11-26T10:00:00Z") })).toBe("2025-07-01");
  });

  it("is now for a draft without an answer window", () => {
    expect(enrolmentDate(fixture, { now: instant("2026-11-26T10:00:00Z") })).toBe("2026-11-26");
    expect(answerWindowClose(fixture)).toBeNull();
  });

  it("is never later than the close of the answer window for a draft", () => {
    const def = withWindow("registration_window"); // 1 to 30 June 2025
    expect(answerWindowClose(def)).toBe("2025-06-30");
    expect(enrolmentDate(def, { now: instant("2026-11-26T10:00:00Z") })).toBe("2025-06-30");
    expect(enrolmentDate(def, { now: instant("2025-06-30T10:00:00Z") })).toBe("2025-06-30");
    expect(enrolmentDate(def, { now: instant("2025-06-10T10:00:00Z") })).toBe("2025-06-10");
    expect(enrolmentDate(withWindow("offer"), { now: instant("2026-01-01T10:00:00Z") })).toBe("2025-08-31"); // month precision
    expect(enrolmentDate(withWindow("contract"), { now: instant("2027-03-01T10:00:00Z") })).toBe("2026-12-31"); // year precision
  });

  it("ignores a window key that names no procedure date", () => {
    expect(enrolmentDate(withWindow("nothing"), { now: instant("2026-11-26T10:00:00Z") })).toBe("2026-11-26");
  });

  it("keeps today for the timeline apart from the reference", () => {
    const now = instant("2026-11-26T10:00:00Z");
    expect(evaluationMoment(withWindow("registration_window"), { now })).toEqual({ enrolment: "2025-06-30", today: "2026-11-26" });
  });

  it("judges a stored submission as at its submission while the officer has it, as a draft while the provider has it", () => {
    const now = instant("2026-11-26T10:00:00Z");
    const submittedAt = instant("2025-06-05T09:00:00Z");
    expect(submissionMoment(fixture, { status: "SUBMITTED", submittedAt }, now)).toEqual({ enrolment: "2025-06-05", today: "2026-11-26" });
    expect(submissionMoment(fixture, { status: "APPROVED", submittedAt }, now).enrolment).toBe("2025-06-05");
    expect(submissionMoment(fixture, { status: "CHANGES_REQUESTED", submittedAt }, now).enrolment).toBe("2026-11-26");
    expect(submissionMoment(fixture, { status: "DRAFT", submittedAt: null }, now).enrolment).toBe("2026-11-26");
  });
});

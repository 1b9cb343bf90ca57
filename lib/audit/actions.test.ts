import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_PREFIXES, AUDIT_ACTIONS, displayAuditAction, legacyAuditActionsMatching, LEGACY_AUDIT_ACTIONS } from "./actions";

const SCHEME = /^[a-z]+\.[a-z][a-zA-Z]*$/;

describe("audit actions", () => {
  it("follow one scheme, entity.camelCaseVerb, each listed once", () => {
    for (const action of AUDIT_ACTIONS) expect(action).toMatch(SCHEME);
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  it("offer every entity in the filter", () => {
    expect(AUDIT_ACTION_PREFIXES).toEqual(["login", "user", "organisation", "colleague", "submission", "evidence", "questionnaire"]);
  });

  it("show old rows under their current name and find them by it", () => {
    expect(displayAuditAction("questionnaire.draft_saved")).toBe("questionnaire.draftSaved");
    expect(displayAuditAction("submission.version_moved")).toBe("submission.versionMoved");
    expect(displayAuditAction("user.created")).toBe("user.created");
    expect(displayAuditAction("something.unknown")).toBe("something.unknown");
    expect(legacyAuditActionsMatching("DRAFTsaved")).toEqual(["questionnaire.draft_saved"]);
    expect(legacyAuditActionsMatching("user.")).toEqual([]);
    for (const [legacy, current] of Object.entries(LEGACY_AUDIT_ACTIONS)) {
      expect(legacy).not.toMatch(SCHEME);
      expect(AUDIT_ACTIONS).toContain(current);
    }
  });

});

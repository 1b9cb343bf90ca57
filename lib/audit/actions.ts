/**
 * The one list of audit log actions. Scheme: `entity.pastTenseVerb`, camelCase after the dot
 * (`submission.changesRequested`). The log is append-only (a trigger refuses updates), so rows
 * written under an older name stay as they are and are shown under their current name
 * (`displayAuditAction`). Pure.
 */

export const AUDIT_ACTIONS = [
  "login.succeeded",
  "login.failed",
  "login.blocked",
  "user.created",
  "user.deactivated",
  "user.reactivated",
  "user.passwordReset",
  "user.organisationChanged",
  "user.purchaserChanged",
  "organisation.registered",
  "colleague.invited",
  "colleague.invitationRevoked",
  "colleague.joined",
  "submission.started",
  "submission.versionMoved",
  "submission.submitted",
  "submission.resubmitted",
  "submission.reviewStarted",
  "submission.answerReviewed",
  "submission.exceptionDecided",
  "submission.changesRequested",
  "submission.approved",
  "submission.rejected",
  "evidence.uploaded",
  "evidence.removed",
  "questionnaire.draftCreated",
  "questionnaire.imported",
  "questionnaire.draftSaved",
  "questionnaire.draftDiscarded",
  "questionnaire.published",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The entity part of the actions, in order: the kinds the audit log's filter offers. */
export const AUDIT_ACTION_PREFIXES = [...new Set(AUDIT_ACTIONS.map((a) => a.slice(0, a.indexOf("."))))];

/** Names used before the scheme was settled, as found in old rows. */
export const LEGACY_AUDIT_ACTIONS: Readonly<Record<string, AuditAction>> = {
  "submission.version_moved": "submission.versionMoved",
  "questionnaire.draft_created": "questionnaire.draftCreated",
  "questionnaire.draft_saved": "questionnaire.draftSaved",
  "questionnaire.draft_discarded": "questionnaire.draftDiscarded",
};

/** The name to show for a stored action: old names under their current one, unknown ones as they are. */
export function displayAuditAction(stored: string): string {
  return LEGACY_AUDIT_ACTIONS[stored] ?? stored;
}

/** The old names whose current name contains `text` (any case): a search by today's name finds old rows too. */
export function legacyAuditActionsMatching(text: string): string[] {
  const needle = text.toLowerCase();
  return Object.entries(LEGACY_AUDIT_ACTIONS)
    .filter(([, current]) => current.toLowerCase().includes(needle))
    .map(([legacy]) => legacy);
}

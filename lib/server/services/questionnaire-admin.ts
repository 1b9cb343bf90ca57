import "server-only";
import { Prisma, type VersionStatus } from "@/lib/generated/prisma/client";
import type { AuditAction } from "@/lib/audit/actions";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { diffDefinitions, diffSummary } from "@/lib/questionnaire/diff";
import { parseDraft } from "@/lib/questionnaire/draft";
import type { QuestionnaireDefinition } from "@/lib/questionnaire/schema";
import { shiftProcedureDates } from "@/lib/questionnaire/shift-dates";
import { issueMessage, validateQuestionnaire, type ValidationIssue } from "@/lib/questionnaire/validate";
import type { CurrentUser } from "../auth/session";
import { audit } from "../audit";
import { db } from "../db";
import { createVersion, loadDefinition, versionFields } from "./questionnaires";

type Tx = Prisma.TransactionClient;

/** Checking and comparing a large questionnaire takes a moment: allow more than the 5 s default. */
const TRANSACTION_OPTIONS = { timeout: 60_000, maxWait: 10_000 };

/** Every function here re-checks the permission itself: pages and actions are not the only callers. */
function assertEditor(user: CurrentUser): void {
  if (!can(user, "update:questionnaire:any")) throw new AppError("forbidden");
}

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/** Locks a version row for the rest of the transaction and returns its state as it is now. */
async function lockVersion(tx: Tx, versionId: string) {
  const [row] = await tx.$queryRaw<{ status: VersionStatus; revision: number }[]>`
    SELECT status, revision FROM "QuestionnaireVersion" WHERE id = ${versionId} FOR UPDATE`;
  return row ?? null;
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

const versionSummary = {
  id: true,
  number: true,
  status: true,
  revision: true,
  title: true,
  policyPeriod: true,
  publishedAt: true,
  publishedById: true,
  updatedAt: true,
  _count: { select: { submissions: true } },
} satisfies Prisma.QuestionnaireVersionSelect;

/** Care types with their versions, newest first. */
export async function listQuestionnaires(user: CurrentUser) {
  assertEditor(user);
  return db.careType.findMany({
    orderBy: { nameNl: "asc" },
    include: { questionnaire: { include: { versions: { orderBy: { number: "desc" }, select: versionSummary } } } },
  });
}

/** One care type with its versions, newest first, and who published each. */
export async function careTypeVersions(user: CurrentUser, careTypeKey: string) {
  assertEditor(user);
  const careType = await db.careType.findUnique({
    where: { key: careTypeKey },
    include: { questionnaire: { include: { versions: { orderBy: { number: "desc" }, select: versionSummary } } } },
  });
  if (!careType) throw new AppError("notFound");
  const versions = careType.questionnaire?.versions ?? [];
  const publisherIds = [...new Set(versions.map((v) => v.publishedById).filter((id): id is string => !!id))];
  const publishers = await db.user.findMany({ where: { id: { in: publisherIds } }, select: { id: true, name: true } });
  const names = new Map(publishers.map((p) => [p.id, p.name]));
  return {
    careType: { key: careType.key, nameNl: careType.nameNl, nameEn: careType.nameEn },
    versions: versions.map((v) => ({ ...v, publishedBy: v.publishedById ? (names.get(v.publishedById) ?? null) : null })),
  };
}

function findVersion(careTypeKey: string, where: { number: number } | { status: "DRAFT" }) {
  return db.questionnaireVersion.findFirst({
    where: { questionnaire: { careType: { key: careTypeKey } }, ...where },
    include: { questionnaire: { include: { careType: true } } },
  });
}

/** The care type's draft with its definition, or null when it has none. */
export async function getDraft(user: CurrentUser, careTypeKey: string) {
  assertEditor(user);
  const version = await findVersion(careTypeKey, { status: "DRAFT" });
  if (!version) return null;
  return { version, definition: await loadDefinition(version.id) };
}

export async function getVersion(user: CurrentUser, careTypeKey: string, number: number) {
  assertEditor(user);
  const version = await findVersion(careTypeKey, { number });
  if (!version) throw new AppError("notFound");
  return { version, definition: await loadDefinition(version.id) };
}

/** Two versions of one care type and what changed from the first to the second. */
export async function compareVersions(user: CurrentUser, careTypeKey: string, fromNumber: number, toNumber: number) {
  const [from, to] = await Promise.all([getVersion(user, careTypeKey, fromNumber), getVersion(user, careTypeKey, toNumber)]);
  return { from, to, diff: diffDefinitions(from.definition, to.definition) };
}

/** A version in the shipped file format, for download. */
export async function exportVersion(user: CurrentUser, careTypeKey: string, number: number) {
  const { version, definition } = await getVersion(user, careTypeKey, number);
  return {
    fileName: `${careTypeKey}-v${version.number}${version.status === "DRAFT" ? "-concept" : ""}.json`,
    body: `${JSON.stringify(definition, null, 2)}\n`,
  };
}

// ---------------------------------------------------------------------------------------------
// Editing the draft
// ---------------------------------------------------------------------------------------------

export type SaveDraftResult =
  | { ok: true; revision: number }
  | { ok: false; reason: "invalid"; issues: ValidationIssue[] }
  | { ok: false; reason: "conflict" | "noDraft" };

/**
 * Replaces the draft's content with a whole definition. `expectedRevision` is the revision the
 * administrator edited: if someone saved in between, nothing is written ("conflict"). The shape is
 * checked here; references may still be missing (the publish check reports those).
 */
export async function saveDraft(user: CurrentUser, careTypeKey: string, input: unknown, expectedRevision: number): Promise<SaveDraftResult> {
  assertEditor(user);
  const parsed = parseDraft(input);
  if (!parsed.ok) return { ok: false, reason: "invalid", issues: parsed.issues };
  const def = parsed.definition;
  if (def.careType.key !== careTypeKey) {
    return {
      ok: false,
      reason: "invalid",
      issues: [{ path: "careType.key", message: issueMessage("careTypeFixed") }],
    };
  }
  const draft = await findVersion(careTypeKey, { status: "DRAFT" });
  if (!draft) return { ok: false, reason: "noDraft" };

  return db.$transaction(async (tx) => {
    const locked = await lockVersion(tx, draft.id);
    if (!locked || locked.status !== "DRAFT") return { ok: false as const, reason: "noDraft" as const };
    if (locked.revision !== expectedRevision) return { ok: false as const, reason: "conflict" as const };
    const before = await loadDefinition(draft.id, tx);
    const updated = await tx.questionnaireVersion.update({
      where: { id: draft.id },
      data: { ...versionFields(def, "DRAFT"), revision: { increment: 1 } },
    });
    await audit(
      {
        actor: user,
        action: "questionnaire.draftSaved",
        entityType: "questionnaireVersion",
        entityId: draft.id,
        details: { careType: careTypeKey, version: draft.number, revision: updated.revision, changes: diffSummary(diffDefinitions(before, def)) },
      },
      tx,
    );
    return { ok: true as const, revision: updated.revision };
  }, TRANSACTION_OPTIONS);
}

export type PublishResult =
  | { ok: true; number: number }
  | { ok: false; reason: "invalid"; issues: ValidationIssue[] }
  | { ok: false; reason: "conflict" | "noDraft" };

/**
 * Publishes the draft as the administrator saw it (`expectedRevision`), after the full check. From
 * then on the version never changes; submissions stay on the version they started on.
 */
export async function publishDraft(user: CurrentUser, careTypeKey: string, expectedRevision: number): Promise<PublishResult> {
  assertEditor(user);
  const draft = await findVersion(careTypeKey, { status: "DRAFT" });
  if (!draft) return { ok: false, reason: "noDraft" };
  return db.$transaction(async (tx) => {
    const locked = await lockVersion(tx, draft.id);
    if (!locked || locked.status !== "DRAFT") return { ok: false as const, reason: "noDraft" as const };
    if (locked.revision !== expectedRevision) return { ok: false as const, reason: "conflict" as const };
    const checked = validateQuestionnaire(await loadDefinition(draft.id, tx));
    if (!checked.ok) return { ok: false as const, reason: "invalid" as const, issues: checked.issues };
    await tx.questionnaireVersion.update({
      where: { id: draft.id },
      data: { status: "PUBLISHED", publishedAt: new Date(), publishedById: user.id },
    });
    await audit(
      { actor: user, action: "questionnaire.published", entityType: "questionnaireVersion", entityId: draft.id, details: { careType: careTypeKey, version: draft.number } },
      tx,
    );
    return { ok: true as const, number: draft.number };
  }, TRANSACTION_OPTIONS);
}

export type DiscardResult = { ok: true } | { ok: false; reason: "conflict" | "noDraft" };

/** Throws the draft away (a draft never has submissions: providers only start published versions). */
export async function discardDraft(user: CurrentUser, careTypeKey: string, expectedRevision: number): Promise<DiscardResult> {
  assertEditor(user);
  const draft = await findVersion(careTypeKey, { status: "DRAFT" });
  if (!draft) return { ok: false, reason: "noDraft" };
  return db.$transaction(async (tx) => {
    const locked = await lockVersion(tx, draft.id);
    if (!locked || locked.status !== "DRAFT") return { ok: false as const, reason: "noDraft" as const };
    if (locked.revision !== expectedRevision) return { ok: false as const, reason: "conflict" as const };
    await tx.questionnaireVersion.delete({ where: { id: draft.id } });
    await audit(
      { actor: user, action: "questionnaire.draftDiscarded", entityType: "questionnaireVersion", entityId: draft.id, details: { careType: careTypeKey, version: draft.number } },
      tx,
    );
    return { ok: true as const };
  }, TRANSACTION_OPTIONS);
}

// ---------------------------------------------------------------------------------------------
// New drafts: a copy of a version, or an imported file
// ---------------------------------------------------------------------------------------------

export type NewDraftResult =
  | { ok: true; careType: string; number: number }
  | { ok: false; reason: "draftExists" }
  | { ok: false; reason: "invalid"; issues: ValidationIssue[] };

/** Writes a definition as its care type's new draft; at most one draft per questionnaire. */
async function createDraft(user: CurrentUser, def: QuestionnaireDefinition, action: AuditAction, details: Record<string, Prisma.InputJsonValue>): Promise<NewDraftResult> {
  const existing = await findVersion(def.careType.key, { status: "DRAFT" });
  if (existing) return { ok: false, reason: "draftExists" };
  try {
    return await db.$transaction(async (tx) => {
      const version = await createVersion(tx, def, { status: "DRAFT" });
      await audit(
        { actor: user, action, entityType: "questionnaireVersion", entityId: version.id, details: { careType: def.careType.key, version: version.number, ...details } },
        tx,
      );
      return { ok: true as const, careType: def.careType.key, number: version.number };
    }, TRANSACTION_OPTIONS);
  } catch (e) {
    // Another administrator made a draft at the same moment (the partial unique index says so).
    if (isUniqueViolation(e)) return { ok: false, reason: "draftExists" };
    throw e;
  }
}

/** Next year's round: a copy of a version as the new draft, its procedure dates optionally a year later. */
export async function createDraftFromVersion(user: CurrentUser, careTypeKey: string, number: number, options: { shiftYears: number }): Promise<NewDraftResult> {
  const { definition } = await getVersion(user, careTypeKey, number);
  const def = options.shiftYears ? shiftProcedureDates(definition, options.shiftYears) : definition;
  return createDraft(user, def, "questionnaire.draftCreated", { from: number, shiftedYears: options.shiftYears });
}

/**
 * Imports a file in the shipped format as the care type's new draft (creating the care type when it
 * is new). Every problem is listed; nothing is written unless all is well, and then in one transaction.
 */
export async function importQuestionnaire(user: CurrentUser, text: string): Promise<NewDraftResult> {
  assertEditor(user);
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    const detail = (e as Error).message;
    return { ok: false, reason: "invalid", issues: [{ path: "", message: issueMessage("invalidJson", { detail }) }] };
  }
  const checked = validateQuestionnaire(input);
  if (!checked.ok) return { ok: false, reason: "invalid", issues: checked.issues };
  const isNew = !(await db.careType.findUnique({ where: { key: checked.definition.careType.key }, select: { id: true } }));
  return createDraft(user, checked.definition, "questionnaire.imported", { newCareType: isNew });
}

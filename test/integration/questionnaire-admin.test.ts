import { beforeAll, describe, expect, it } from "vitest";
import { db, unique } from "./db";
import type { CurrentUser } from "@/lib/server/auth/session";
import type { Role } from "@/lib/auth/permissions";
import { createVersion, loadDefinition } from "@/lib/server/services/questionnaires";
import {
  careTypeVersions,
  compareVersions,
  createDraftFromVersion,
  discardDraft,
  exportVersion,
  getDraft,
  importQuestionnaire,
  listQuestionnaires,
  publishDraft,
  saveDraft,
} from "@/lib/server/services/questionnaire-admin";
import { loadQuestionnaireFile, shippedQuestionnaireFiles } from "@/lib/questionnaire/files";
import { questionnaireSchema, type QuestionnaireDefinition } from "@/lib/questionnaire/schema";
import { fixtureInput } from "@/lib/test/fixture";
import { appError } from "./app-error";
import { renderMessage } from "@/lib/i18n/message";
import { translatorFor } from "@/lib/i18n/translator";

async function makeUser(role: Role): Promise<CurrentUser> {
  const { email } = unique();
  const user = await db.user.create({ data: { email, name: `${role} ${email}`, passwordHash: "not-used", role } });
  return { id: user.id, email: user.email, name: user.name, locale: "nl", role, organisationId: null, signatory: false, purchaserId: null };
}

let counter = 0;
/** The fixture questionnaire under a care type key of its own. */
function fixtureAs(prefix: string): QuestionnaireDefinition {
  counter += 1;
  return questionnaireSchema.parse({ ...fixtureInput, careType: { ...fixtureInput.careType, key: `${prefix}_${Date.now()}_${counter}` } });
}

async function publish(def: QuestionnaireDefinition) {
  return db.$transaction((tx) => createVersion(tx, def, { status: "PUBLISHED" }), { timeout: 60_000 });
}

async function auditActions(entityId: string) {
  return (await db.auditLog.findMany({ where: { entityId }, orderBy: { id: "asc" } })).map((a) => a.action);
}

let admin: CurrentUser;
let officer: CurrentUser;
let provider: CurrentUser;

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  officer = await makeUser("OFFICER");
  provider = await makeUser("PROVIDER");
});

describe("import and export", () => {
  it("round-trips every shipped questionnaire: its export imports to an identical definition", async () => {
    for (const file of shippedQuestionnaireFiles()) {
      const loaded = loadQuestionnaireFile(file);
      if (!loaded.ok) throw new Error(file);
      const key = `ie_${loaded.definition.careType.key}`.slice(0, 80);
      const def = { ...loaded.definition, careType: { ...loaded.definition.careType, key } };
      await publish(def);

      const exported = await exportVersion(admin, key, 1);
      expect(exported.fileName).toBe(`${key}-v1.json`);
      expect(JSON.parse(exported.body)).toEqual(def);

      const imported = await importQuestionnaire(admin, exported.body);
      expect(imported).toEqual({ ok: true, careType: key, number: 2 });
      const draft = await getDraft(admin, key);
      expect(draft?.version.status).toBe("DRAFT");
      expect(draft?.definition).toEqual(def);
      expect((await exportVersion(admin, key, 2)).body).toBe(exported.body);
    }
  });

  it("imports a new care type as a draft, with an audit entry", async () => {
    const def = fixtureAs("new_import");
    const result = await importQuestionnaire(admin, JSON.stringify(def));
    expect(result).toEqual({ ok: true, careType: def.careType.key, number: 1 });
    const draft = await getDraft(admin, def.careType.key);
    expect(draft?.definition).toEqual(def);
    expect(await auditActions(draft!.version.id)).toEqual(["questionnaire.imported"]);
  });

  it("rejects an invalid file with every problem listed, writing nothing", async () => {
    const def = fixtureAs("bad_import");
    const broken = structuredClone(def) as unknown as {
      conditions: { rule: unknown; evidence?: unknown }[];
      procedureDates: { when: unknown }[];
      sections: { questions: { key: string }[] }[];
    };
    broken.conditions[1]!.rule = { op: "gte", question: "does_not_exist", value: 85 };
    broken.sections[1]!.questions[2]!.key = "wtza"; // "beds" becomes a second "wtza"
    const semantic = await importQuestionnaire(admin, JSON.stringify(broken));
    if (semantic.ok || semantic.reason !== "invalid") throw new Error("accepted");
    expect(semantic.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(["questions.wtza", "conditions.coverage_85.rule", "conditions.beds_wish.rule"]),
    );
    // Every problem can be said in both languages.
    for (const locale of ["nl", "en"] as const) {
      expect(semantic.issues.every((i) => renderMessage(i.message, translatorFor(locale), locale).length > 0)).toBe(true);
    }

    broken.procedureDates[0]!.when = { precision: "day", date: "2025-02-30" };
    broken.conditions[0]!.rule = { op: "between" };
    const shape = await importQuestionnaire(admin, JSON.stringify(broken));
    if (shape.ok || shape.reason !== "invalid") throw new Error("accepted");
    expect(shape.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["conditions.0.rule.op", "procedureDates.0.when.date"]));

    const notJson = await importQuestionnaire(admin, "{ dit is geen json");
    expect(notJson).toMatchObject({ ok: false, reason: "invalid", issues: [{ path: "" }] });

    expect(await db.careType.findUnique({ where: { key: def.careType.key } })).toBeNull();
  });

  it("refuses an import while the care type has a draft", async () => {
    const def = fixtureAs("twice");
    expect((await importQuestionnaire(admin, JSON.stringify(def))).ok).toBe(true);
    expect(await importQuestionnaire(admin, JSON.stringify(def))).toEqual({ ok: false, reason: "draftExists" });
    const { versions } = await careTypeVersions(admin, def.careType.key);
    expect(versions.map((v) => v.status)).toEqual(["DRAFT"]);
  });
});

describe("editing and publishing a draft", () => {
  it("saves a whole definition with optimistic concurrency and an audit entry", async () => {
    const def = fixtureAs("edit");
    await publish(def);
    expect(await createDraftFromVersion(admin, def.careType.key, 1, { shiftYears: 0 })).toEqual({ ok: true, careType: def.careType.key, number: 2 });
    const draft = (await getDraft(admin, def.careType.key))!;
    expect(draft.version.revision).toBe(0);

    const next = structuredClone(draft.definition);
    next.sections[1]!.questions.push({ key: "fte", kind: "number", label: { nl: "Aantal fte", en: "Number of FTE" }, required: true, min: 0 });
    next.conditions.push({
      key: "fte_min",
      text: { nl: "Ten minste 5 fte", en: "At least 5 FTE" },
      legalClass: "contract",
      basis: { heading: "Personeel" },
      rule: { op: "gte", question: "fte", value: 5 },
      source: { section: "Personeel", quote: "ten minste 5 fte" },
    });
    next.description = { nl: "Nieuw", en: "New" };
    const saved = await saveDraft(admin, def.careType.key, next, 0);
    expect(saved).toEqual({ ok: true, revision: 1 });
    expect(await loadDefinition(draft.version.id)).toEqual(next);

    // Someone else's save in between: the stale revision is refused and nothing changes.
    expect(await saveDraft(admin, def.careType.key, draft.definition, 0)).toEqual({ ok: false, reason: "conflict" });
    expect(await loadDefinition(draft.version.id)).toEqual(next);

    // Optional fields can be cleared again.
    const cleared = structuredClone(next);
    delete cleared.description;
    expect(await saveDraft(admin, def.careType.key, cleared, 1)).toEqual({ ok: true, revision: 2 });
    expect(await loadDefinition(draft.version.id)).toEqual(cleared);

    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: draft.version.id, action: "questionnaire.draftSaved" }, orderBy: { id: "asc" } });
    expect(entry.actorId).toBe(admin.id);
    expect(entry.details).toMatchObject({ revision: 1, changes: { questions: { added: 1 }, conditions: { added: 1 }, meta: ["description"] } });
  });

  it("rejects a draft that is not a questionnaire, or of another care type", async () => {
    const def = fixtureAs("shape");
    await importQuestionnaire(admin, JSON.stringify(def));
    const broken = { ...def, sections: [{ key: "x", title: { nl: "", en: "X" }, questions: [] }] };
    const result = await saveDraft(admin, def.careType.key, broken, 0);
    expect(result).toMatchObject({ ok: false, reason: "invalid", issues: [{ path: "sections.0.title.nl" }] });
    const other = await saveDraft(admin, def.careType.key, { ...def, careType: { ...def.careType, key: "iets_anders" } }, 0);
    expect(other).toMatchObject({ ok: false, reason: "invalid", issues: [{ path: "careType.key" }] });
    // A new section without questions is a valid draft, but cannot be published.
    const withEmpty = { ...def, sections: [...def.sections, { key: "leeg", title: { nl: "Leeg", en: "Empty" }, questions: [] }] };
    expect(await saveDraft(admin, def.careType.key, withEmpty, 0)).toEqual({ ok: true, revision: 1 });
    const publishing = await publishDraft(admin, def.careType.key, 1);
    expect(publishing).toMatchObject({ ok: false, reason: "invalid", issues: [{ path: "sections.3.questions" }] });
  });

  it("refuses to publish a draft with broken references, listing them; publishes a valid one, which is then immutable", async () => {
    const def = fixtureAs("publish");
    await publish(def);
    await createDraftFromVersion(admin, def.careType.key, 1, { shiftYears: 0 });
    const draft = (await getDraft(admin, def.careType.key))!;

    const broken = structuredClone(draft.definition);
    broken.sections[1]!.questions = broken.sections[1]!.questions.filter((q) => q.key !== "coverage");
    expect(await saveDraft(admin, def.careType.key, broken, 0)).toEqual({ ok: true, revision: 1 });
    const refused = await publishDraft(admin, def.careType.key, 1);
    if (refused.ok || refused.reason !== "invalid") throw new Error("published");
    expect(refused.issues.map((i) => i.path)).toEqual(["conditions.coverage_85.rule", "conditions.combo.rule.any[0].all[1]"]);
    expect((await db.questionnaireVersion.findUniqueOrThrow({ where: { id: draft.version.id } })).status).toBe("DRAFT");

    expect(await saveDraft(admin, def.careType.key, draft.definition, 1)).toEqual({ ok: true, revision: 2 });
    expect(await publishDraft(admin, def.careType.key, 1)).toEqual({ ok: false, reason: "conflict" });
    expect(await publishDraft(admin, def.careType.key, 2)).toEqual({ ok: true, number: 2 });
    const published = await db.questionnaireVersion.findUniqueOrThrow({ where: { id: draft.version.id } });
    expect(published).toMatchObject({ status: "PUBLISHED", number: 2, publishedById: admin.id });
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(await auditActions(draft.version.id)).toEqual(["questionnaire.draftCreated", "questionnaire.draftSaved", "questionnaire.draftSaved", "questionnaire.published"]);

    // Published: no draft to save into, whatever revision is sent.
    expect(await saveDraft(admin, def.careType.key, broken, 2)).toEqual({ ok: false, reason: "noDraft" });
    expect(await discardDraft(admin, def.careType.key, 2)).toEqual({ ok: false, reason: "noDraft" });
    expect(await loadDefinition(draft.version.id)).toEqual(draft.definition);
  });

  it("copies a version into next year's draft with its dates a year later, once", async () => {
    const def = fixtureAs("copy");
    await publish(def);
    expect(await createDraftFromVersion(admin, def.careType.key, 1, { shiftYears: 1 })).toEqual({ ok: true, careType: def.careType.key, number: 2 });
    expect(await createDraftFromVersion(admin, def.careType.key, 1, { shiftYears: 1 })).toEqual({ ok: false, reason: "draftExists" });
    const { diff } = await compareVersions(admin, def.careType.key, 1, 2);
    expect(diff.procedureDates.changed.map((c) => c.key)).toEqual(def.procedureDates.map((d) => d.key));
    expect(diff.questions).toEqual({ added: [], removed: [], changed: [] });
    const draft = (await getDraft(admin, def.careType.key))!;
    expect(draft.definition.procedureDates[0]!.when).toEqual({ precision: "day", date: "2026-04-01" });

    expect(await discardDraft(admin, def.careType.key, 0)).toEqual({ ok: true });
    expect(await getDraft(admin, def.careType.key)).toBeNull();
    expect(await auditActions(draft.version.id)).toEqual(["questionnaire.draftCreated", "questionnaire.draftDiscarded"]);
  });
});

describe("only administrators", () => {
  it("refuses providers and officers in every questionnaire service", async () => {
    const def = fixtureAs("guard");
    await publish(def);
    const key = def.careType.key;
    for (const user of [provider, officer]) {
      const calls: (() => Promise<unknown>)[] = [
        () => listQuestionnaires(user),
        () => careTypeVersions(user, key),
        () => getDraft(user, key),
        () => exportVersion(user, key, 1),
        () => compareVersions(user, key, 1, 1),
        () => importQuestionnaire(user, JSON.stringify(fixtureAs("guard_import"))),
        () => createDraftFromVersion(user, key, 1, { shiftYears: 1 }),
        () => saveDraft(user, key, def, 0),
        () => publishDraft(user, key, 0),
        () => discardDraft(user, key, 0),
      ];
      for (const call of calls) await expect(call()).rejects.toSatisfy(appError("forbidden"));
    }
    const { versions } = await careTypeVersions(admin, key);
    expect(versions.map((v) => v.status)).toEqual(["PUBLISHED"]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db, unique } from "./db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AUDIT_PAGE_SIZE, auditLogBatches, searchAuditLog } from "@/lib/server/services/audit-log";
import { appError } from "./app-error";

const none = { before: null, after: null };
const tag = `t${Date.now()}`;
let admin: CurrentUser;

const actor = (role: CurrentUser["role"]): CurrentUser => ({ id: `id-${role}`, email: `${role}@example.nl`, name: role, locale: "nl", role, organisationId: null, signatory: false, purchaserId: null });

beforeAll(async () => {
  admin = actor("ADMIN");
  // 120 entries for one entity, alternating actions, at known instants around a Dutch midnight.
  await db.auditLog.createMany({
    data: Array.from({ length: 120 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 0, 14, 22, 0) + i * 60_000), // 23:00 on 14 January Dutch time, then a minute apart
      action: i % 2 ? `widget.changed` : `gadget.created`,
      actorEmail: i % 3 ? `Beheerder-${tag}@Example.nl` : null,
      entityType: "widget",
      entityId: `${tag}-${i}`,
      details: { i },
    })),
  });
});

describe("searchAuditLog", () => {
  it("is for administrators only", async () => {
    await expect(searchAuditLog(actor("OFFICER"), { q: "", action: "", from: "", to: "" }, none)).rejects.toSatisfy(appError("forbidden"));
    await expect(searchAuditLog(actor("PROVIDER"), { q: "", action: "", from: "", to: "" }, none)).rejects.toSatisfy(appError("forbidden"));
  });

  it("searches free text over action, actor e-mail (any case) and entity id, newest first", async () => {
    const byEntity = await searchAuditLog(admin, { q: `${tag}-7`, action: "", from: "", to: "" }, none);
    expect(byEntity.rows.map((r) => r.entityId)).toEqual([`${tag}-79`, `${tag}-78`, `${tag}-77`, `${tag}-76`, `${tag}-75`, `${tag}-74`, `${tag}-73`, `${tag}-72`, `${tag}-71`, `${tag}-70`, `${tag}-7`]);
    const byActor = await searchAuditLog(admin, { q: `beheerder-${tag}@example.NL`, action: "", from: "", to: "" }, none);
    expect(byActor.rows.every((r) => r.actorEmail?.toLowerCase() === `beheerder-${tag}@example.nl`)).toBe(true);
    expect(byActor.rows).toHaveLength(AUDIT_PAGE_SIZE);
    const byAction = await searchAuditLog(admin, { q: "GADGET.CREATED", action: "", from: "", to: "" }, none);
    expect(byAction.rows.every((r) => r.action === "gadget.created")).toBe(true);
  });

  it("filters by action prefix and by Dutch calendar days, both ends inclusive", async () => {
    const q = tag;
    const widgets = await searchAuditLog(admin, { q, action: "widget", from: "", to: "" }, none);
    expect(widgets.rows.every((r) => r.action.startsWith("widget."))).toBe(true);
    // "wid" is not a prefix of a whole first part: nothing.
    expect((await searchAuditLog(admin, { q, action: "wid", from: "", to: "" }, none)).rows).toEqual([]);

    // The first 60 entries fall on 14 January (Dutch time), the rest on 15 January.
    const day14 = [];
    for await (const batch of auditLogBatches(admin, { q, action: "", from: "2026-01-14", to: "2026-01-14" }, 25)) day14.push(...batch);
    expect(day14).toHaveLength(60);
    expect(day14.map((r) => r.entityId)).toEqual(Array.from({ length: 60 }, (_, i) => `${tag}-${59 - i}`));
    const from15 = await searchAuditLog(admin, { q, action: "", from: "2026-01-15", to: "" }, none);
    expect(from15.rows[from15.rows.length - 1]!.entityId).toBe(`${tag}-70`);
  });

  it("pages by keyset, older and newer, without gaps or repeats", async () => {
    const filters = { q: tag, action: "", from: "", to: "" };
    const first = await searchAuditLog(admin, filters, none);
    expect(first).toMatchObject({ hasNewer: false, hasOlder: true });
    const second = await searchAuditLog(admin, filters, { before: first.rows.at(-1)!.id, after: null });
    expect(second).toMatchObject({ hasNewer: true, hasOlder: true });
    const third = await searchAuditLog(admin, filters, { before: second.rows.at(-1)!.id, after: null });
    expect(third).toMatchObject({ hasNewer: true, hasOlder: false });
    const all = [...first.rows, ...second.rows, ...third.rows].map((r) => r.entityId);
    expect(all).toEqual(Array.from({ length: 120 }, (_, i) => `${tag}-${119 - i}`));

    // Back from the third page: the second again.
    const back = await searchAuditLog(admin, filters, { before: null, after: third.rows[0]!.id });
    expect(back.rows.map((r) => r.id)).toEqual(second.rows.map((r) => r.id));
    // Back from the second: the newest page, full.
    const newest = await searchAuditLog(admin, filters, { before: null, after: second.rows[0]!.id });
    expect(newest.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(newest.hasNewer).toBe(false);
  });

  it("exports every match in batches, newest first", async () => {
    const ids: string[] = [];
    let batches = 0;
    for await (const batch of auditLogBatches(admin, { q: tag, action: "gadget", from: "", to: "" }, 25)) {
      batches += 1;
      ids.push(...batch.map((r) => r.entityId!));
    }
    expect(batches).toBe(3);
    expect(ids).toEqual(Array.from({ length: 60 }, (_, i) => `${tag}-${118 - 2 * i}`));
  });
});

describe("user changes are in the audit log", () => {
  it("finds an entry by the changed user's id", async () => {
    const { email } = unique();
    const user = await db.user.create({ data: { email, name: "Gezocht", passwordHash: "x", role: "OFFICER" } });
    await db.auditLog.create({ data: { action: "user.deactivated", entityType: "user", entityId: user.id, actorEmail: "beheerder@example.nl" } });
    const found = await searchAuditLog(admin, { q: user.id, action: "user", from: "", to: "" }, none);
    expect(found.rows.map((r) => r.action)).toEqual(["user.deactivated"]);
  });
});

describe("entries written under an older action name", () => {
  it("stay as stored, are shown and exported under today's name and found by it", async () => {
    const entityId = unique().email;
    await db.auditLog.create({ data: { action: "questionnaire.draft_saved", entityType: "questionnaireVersion", entityId } });
    const found = await searchAuditLog(admin, { q: "draftSaved", action: "questionnaire", from: "", to: "" }, none);
    expect(found.rows.filter((r) => r.entityId === entityId).map((r) => r.action)).toEqual(["questionnaire.draftSaved"]);
    const exported: { action: string }[] = [];
    for await (const batch of auditLogBatches(admin, { q: entityId, action: "", from: "", to: "" })) exported.push(...batch);
    expect(exported.map((r) => r.action)).toEqual(["questionnaire.draftSaved"]);
    // The log is append-only: the row itself keeps the name it was written with.
    expect((await db.auditLog.findFirstOrThrow({ where: { entityId } })).action).toBe("questionnaire.draft_saved");
  });
});

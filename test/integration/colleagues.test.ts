import { describe, expect, it } from "vitest";
import { db, unique } from "./db";
import { acceptInvitation, findInvitation, inviteColleague } from "@/lib/server/services/colleagues";
import { saveAnswer, startSubmission, submitSubmission } from "@/lib/server/services/submissions";
import { seedQuestionnaires } from "@/lib/server/seed/demo";
import type { CurrentUser } from "@/lib/server/auth/session";
import { createVersion } from "@/lib/server/services/questionnaires";
import { questionnaireSchema } from "@/lib/questionnaire/schema";
import { fixtureInput } from "@/lib/test/fixture";
import { appError } from "./app-error";

async function provider(signatory: boolean, organisationId?: string): Promise<CurrentUser> {
  const { email, kvk } = unique();
  const orgId = organisationId ?? (await db.organisation.create({ data: { name: "Org", kvkNumber: kvk, region: "utrecht" } })).id;
  const user = await db.user.create({
    data: { email, name: `User ${email}`, passwordHash: "x", role: "PROVIDER", membership: { create: { organisationId: orgId, signatory } } },
  });
  return { id: user.id, email, name: user.name, locale: "nl", role: "PROVIDER", organisationId: orgId, signatory, purchaserId: null };
}

describe("colleagues", () => {
  it("refuses a common or guessable password when accepting an invitation, and the link stays usable", async () => {
    const signatory = await provider(true);
    const invited = await inviteColleague(signatory, { email: unique().email, signatory: false });
    if (!invited.ok) throw new Error("invite failed");
    for (const password of ["wachtwoord12", "password1234"]) {
      expect(await acceptInvitation(invited.token, { name: "Nieuwe Collega", password })).toEqual({ ok: false, fieldErrors: { password: "validation.passwordWeak" } });
    }
    expect(await findInvitation(invited.token)).not.toBeNull();
  });

  it("only a signatory invites; the token works once and joins the right organisation", async () => {
    const signatory = await provider(true);
    const colleague = await provider(false, signatory.organisationId!);
    await expect(inviteColleague(colleague, { email: unique().email, signatory: false })).rejects.toSatisfy(appError("forbidden"));
    const email = unique().email;
    const invited = await inviteColleague(signatory, { email, signatory: false });
    if (!invited.ok) throw new Error("invite failed");
    expect(await db.invitation.count({ where: { tokenHash: invited.token } })).toBe(0); // only the hash is stored
    expect((await findInvitation(invited.token))?.email).toBe(email);
    expect(await acceptInvitation(invited.token, { name: "Nieuwe Collega", password: "een-lang-wachtwoord" })).toEqual({ ok: true, email });
    const member = await db.user.findUniqueOrThrow({ where: { email }, include: { membership: true } });
    expect(member.membership).toMatchObject({ organisationId: signatory.organisationId, signatory: false });
    expect(await acceptInvitation(invited.token, { name: "Nog een keer", password: "een-lang-wachtwoord" })).toEqual({ ok: false, reason: "invalid" });
    expect(await inviteColleague(signatory, { email, signatory: false })).toEqual({ ok: false, fieldErrors: { email: "validation.emailTaken" } });
  });

  it("a colleague may answer but only a signatory may submit", async () => {
    await seedQuestionnaires();
    const signatory = await provider(true);
    const colleague = await provider(false, signatory.organisationId!);
    const id = await startSubmission(colleague, "zintuiglijk_gehandicaptenzorg");
    expect(await saveAnswer(colleague, id, "contract_status", "existing", 0)).toMatchObject({ ok: true, version: 1 });
    expect(await submitSubmission(colleague, id, 0)).toEqual({ ok: false, reason: "notSignatory" });
    expect(await submitSubmission(signatory, id, 0)).toMatchObject({ ok: false, reason: "missing" });
    // Another organisation cannot touch it at all.
    const stranger = await provider(true);
    await expect(saveAnswer(stranger, id, "contract_status", "new", 1)).rejects.toThrow();
  });
});

describe("hostile answers", () => {
  it("an invalid value is refused without writing; script- and SQL-like text is stored as typed", async () => {
    await seedQuestionnaires();
    const user = await provider(true);
    const id = await startSubmission(user, "eld_trombosezorg");
    for (const bad of [{}, [1], "abc", 1e400, -5, "<b>"]) {
      expect(await saveAnswer(user, id, "fte", bad, 0)).toMatchObject({ ok: false, reason: "invalid" });
    }
    expect(await db.answer.count({ where: { submissionId: id } })).toBe(0);
    await expect(saveAnswer(user, id, "no_such_question", 1, 0)).rejects.toThrow();

    const key = `hostile_${Date.now()}`;
    const def = questionnaireSchema.parse({ ...fixtureInput, careType: { ...fixtureInput.careType, key } });
    await db.$transaction((tx) => createVersion(tx, def, { status: "PUBLISHED" }));
    const withText = await startSubmission(user, key);
    const text = `<script>alert("x")</script>'; DROP TABLE "Answer"; --`;
    expect(await saveAnswer(user, withText, "plan", text, 0)).toMatchObject({ ok: true, version: 1 });
    const stored = await db.answer.findUniqueOrThrow({ where: { submissionId_questionKey: { submissionId: withText, questionKey: "plan" } } });
    expect(stored.value).toBe(text);
  });
});

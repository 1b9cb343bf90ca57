import { writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db, unique } from "./db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { renderSubmissionPdf, toWinAnsi } from "@/lib/server/pdf/submission-pdf";
import { applicableDates, pdfFileName, submissionExportData, submissionIcs, submissionPdfData } from "@/lib/server/services/exports";
import { createVersion } from "@/lib/server/services/questionnaires";
import { saveAnswer, startSubmission } from "@/lib/server/services/submissions";
import { questionnaireSchema } from "@/lib/questionnaire/schema";
import { fixtureInput } from "@/lib/test/fixture";
import { appError } from "./app-error";
import { pdfText } from "../lib/pdf-text";

const ORG_NAME = "Zorggroep De Eikenhof-Ëlst";

async function provider(organisationName: string): Promise<CurrentUser> {
  const { email, kvk } = unique();
  const org = await db.organisation.create({ data: { name: organisationName, kvkNumber: kvk, agbCode: "12345678", region: "utrecht" } });
  const user = await db.user.create({ data: { email, name: "Anna de Vriës", passwordHash: "x", role: "PROVIDER" } });
  await db.membership.create({ data: { userId: user.id, organisationId: org.id, signatory: true } });
  return { id: user.id, email, name: user.name, locale: "nl", role: "PROVIDER", organisationId: org.id, signatory: true, purchaserId: null };
}

describe("submission exports", () => {
  let user: CurrentUser;
  let submissionId: string;
  let careTypeKey: string;

  beforeAll(async () => {
    careTypeKey = `ex_${Date.now()}`;
    const def = questionnaireSchema.parse({ ...fixtureInput, careType: { ...fixtureInput.careType, key: careTypeKey } });
    await db.$transaction((tx) => createVersion(tx, def, { status: "PUBLISHED" }));
    user = await provider(ORG_NAME);
    submissionId = await startSubmission(user, careTypeKey);
    const answers: [string, unknown][] = [
      ["contract_status", "new"],
      ["sub_types", ["elv"]],
      ["wtza", true],
      ["beds", 12],
      ["coverage", 80.5],
      ["kvk_date", "2025-05-01"],
      ["plan", "Bezetting ≥ 85% in 2026 → doel 🎯 gehaald.\nTweede regel met ≤ en “aanhalingstekens”."],
      ["elv_247", false],
    ];
    for (const [key, value] of answers) {
      const saved = await saveAnswer(user, submissionId, key, value, 0);
      expect(saved.ok, key).toBe(true);
    }
    const blob = await db.fileBlob.create({ data: { data: Buffer.from("%PDF-1.4 test") } });
    await db.evidenceFile.create({
      data: {
        submissionId,
        questionKey: "wtza_file",
        fileName: "wtza-vergunning.pdf",
        mimeType: "application/pdf",
        size: 48_213,
        sha256: "0".repeat(64),
        blobId: blob.id,
        uploadedById: user.id,
      },
    });
  });

  it("renders a PDF with the organisation, the checklist and a signature block", async () => {
    const data = await submissionExportData(user, submissionId);
    const pdf = await renderSubmissionPdf(submissionPdfData(data, "nl"));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    if (process.env.EXPORTS_SAMPLE_PDF) writeFileSync(process.env.EXPORTS_SAMPLE_PDF, pdf);
    expect(pdfFileName(data)).toBe(`aanvraag-${careTypeKey}-${data.submission.organisation.kvkNumber}.pdf`);

    const text = (await pdfText(pdf)).replace(/\s+/g, " ");
    expect(text).toContain(ORG_NAME);
    expect(text).toContain("85% bezetting"); // a condition (not met: 80,5%)
    expect(text).toContain("80,5%");
    expect(text).toContain("Handtekening");
    expect(text).toContain("Naam tekenbevoegde");
    expect(text).toContain("wtza-vergunning.pdf");
    expect(text).toContain("medio augustus 2025");
    expect(text).toContain("— niet beantwoord —");
    expect(text).toMatch(/Pagina 1 van \d/);
    // Characters Helvetica cannot show are replaced, never drawn as garbage.
    expect(text).toContain("Bezetting >= 85% in 2026 -> doel gehaald.");
    expect(text).toContain("<=");
  });

  it("keeps only what Helvetica (WinAnsi) can show", () => {
    expect(toWinAnsi("Ëlst, café, naïef: € 10 – “ja” — 2×")).toBe("Ëlst, café, naïef: € 10 – “ja” — 2×");
    expect(toWinAnsi("≥ 85% → ≤ 3 ≠ 4")).toBe(">= 85% -> <= 3 != 4");
    expect(toWinAnsi("klaar 🎉 nu 👍🏽 ok ✅\u00a0ja")).toBe("klaar nu ok \u00a0ja");
    expect(toWinAnsi("Łódź, Kőszeg, Dvořák")).toBe("Lódz, Koszeg, Dvorák");
    expect(toWinAnsi("a\r\nb\tc")).toBe("a\nb    c");
    expect(toWinAnsi("中")).toBe("?");
  });

  it("renders the English PDF", async () => {
    const data = await submissionExportData(user, submissionId);
    const text = (await pdfText(await renderSubmissionPdf(submissionPdfData(data, "en")))).replace(/\s+/g, " ");
    expect(text).toContain("Signature");
    expect(text).toContain("Purchasing conditions checklist");
    expect(text).toMatch(/Page 1 of \d/);
  });

  it("puts one event per applicable non-year procedure date in the calendar", async () => {
    const data = await submissionExportData(user, submissionId);
    const dates = applicableDates(data).filter((e) => e.date.when.precision !== "year");
    // contract_status "new": the registration window applies; the year-only contract date is left out.
    expect(dates.map((e) => e.date.key).sort()).toEqual(["offer", "publication", "questions", "registration_window"]);
    const ics = submissionIcs(data, "nl", "portal.example.nl");
    expect(ics.match(/^BEGIN:VEVENT\r$/gm)?.length).toBe(dates.length);
    expect(ics).toContain(`UID:registration_window@${submissionId}.portal.example.nl`);

    await saveAnswer(user, submissionId, "contract_status", "existing", 1);
    const existing = await submissionExportData(user, submissionId);
    expect(submissionIcs(existing, "nl", "portal.example.nl").match(/BEGIN:VEVENT/g)?.length).toBe(3);
    await saveAnswer(user, submissionId, "contract_status", "new", 2);
  });

  it("refuses another organisation's provider as if the submission did not exist", async () => {
    const other = await provider("Andere Zorg B.V.");
    await expect(submissionExportData(other, submissionId)).rejects.toSatisfy(appError("notFound"));
    await expect(submissionExportData(user, "no-such-submission")).rejects.toSatisfy(appError("notFound"));
  });
});

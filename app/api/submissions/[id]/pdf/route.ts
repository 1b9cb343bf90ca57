import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locale";
import { withUser } from "@/lib/server/http";
import { renderSubmissionPdf } from "@/lib/server/pdf/submission-pdf";
import { pdfFileName, submissionExportData, submissionPdfData } from "@/lib/server/services/exports";

/** The submission as a PDF for the board's signature (Dutch unless the visitor chose English). */
export const GET = withUser<{ params: Promise<{ id: string }> }>(async (user, _request, { params }) => {
  const { id } = await params;
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const data = await submissionExportData(user, id);
  const pdf = await renderSubmissionPdf(submissionPdfData(data, locale));
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${pdfFileName(data)}"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "no-store",
    },
  });
});

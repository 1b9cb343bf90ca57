import { DOWNLOAD_POLICY } from "@/lib/security/headers";
import { withUser } from "@/lib/server/http";
import { getEvidenceForDownload, removeEvidence } from "@/lib/server/services/evidence";

/** RFC 6266: a plain ASCII name for old clients, and the exact name as UTF-8 in filename*. */
function contentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^\x20-\x7e]/g, "_")
      .replace(/["\\]/g, "_") || "document";
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

type Context = { params: Promise<{ fileId: string }> };

/** Downloads an evidence document, always as an attachment and never sniffed into something else. */
export const GET = withUser<Context>(async (user, _request, { params }) => {
  const { fileId } = await params;
  const file = await getEvidenceForDownload(user, fileId);
  return new Response(new Uint8Array(file.data), {
    status: 200,
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.data.length),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": DOWNLOAD_POLICY,
    },
  });
});

/** Removes an evidence document while the submission is editable (else 409 notEditable, from withUser). */
export const DELETE = withUser<Context>(async (user, _request, { params }) => {
  const { fileId } = await params;
  await removeEvidence(user, fileId);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});

import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/file-type";
import { errorResponse, json, readMultipart, withUser } from "@/lib/server/http";
import { uploadEvidence } from "@/lib/server/services/evidence";

/** The file itself may be 10 MB; the multipart envelope around it gets 64 KB. */
const MAX_BODY_BYTES = MAX_EVIDENCE_BYTES + 64 * 1024;

const STATUS = { tooLarge: 413, type: 415, empty: 400 } as const;

/** Uploads one evidence document: multipart/form-data with `questionKey` and `file` (409 notEditable from withUser). */
export const POST = withUser<{ params: Promise<{ id: string }> }>(async (user, request, { params }) => {
  const { id } = await params;
  const body = await readMultipart(request, MAX_BODY_BYTES);
  if ("error" in body) return body.error;
  const { form } = body;
  const questionKey = form.get("questionKey");
  const file = form.get("file");
  if (typeof questionKey !== "string" || !questionKey || !(file instanceof Blob)) return errorResponse("invalid");

  const result = await uploadEvidence(user, id, questionKey, {
    name: file instanceof File ? file.name : "",
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
  if (result.ok) return json({ file: result.file }, 201);
  return json({ error: result.reason }, STATUS[result.reason]);
});

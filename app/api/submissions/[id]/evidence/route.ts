import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/file-type";
import { json, withUser } from "@/lib/server/http";
import { uploadEvidence } from "@/lib/server/services/evidence";

/** The file itself may be 10 MB; the multipart envelope around it gets 64 KB. */
const MAX_BODY_BYTES = MAX_EVIDENCE_BYTES + 64 * 1024;

const STATUS = { tooLarge: 413, type: 415, empty: 400, notEditable: 409 } as const;

/** Reads the body, giving up as soon as it grows past `limit` (a missing or lying Content-Length included). */
async function readBodyLimited(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.length;
  }
  return body;
}

/** Uploads one evidence document: multipart/form-data with `questionKey` and `file`. */
export const POST = withUser<{ params: Promise<{ id: string }> }>(async (user, request, { params }) => {
  const { id } = await params;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return json({ error: "tooLarge" }, 413);
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) return json({ error: "invalid" }, 400);

  const body = await readBodyLimited(request, MAX_BODY_BYTES);
  if (!body) return json({ error: "tooLarge" }, 413);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return json({ error: "invalid" }, 400);
  }
  const questionKey = form.get("questionKey");
  const file = form.get("file");
  if (typeof questionKey !== "string" || !questionKey || !(file instanceof Blob)) return json({ error: "invalid" }, 400);

  const result = await uploadEvidence(user, id, questionKey, {
    name: file instanceof File ? file.name : "",
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
  if (result.ok) return json({ file: result.file }, 201);
  return json({ error: result.reason }, STATUS[result.reason]);
});

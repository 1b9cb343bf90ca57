import { can } from "@/lib/auth/permissions";
import { errorResponse, json, readMultipart, withUser } from "@/lib/server/http";
import { importQuestionnaire } from "@/lib/server/services/questionnaire-admin";

/** The largest shipped questionnaire is under 300 KB; leave ample room. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * Imports a questionnaire file (multipart/form-data, field `file`) as a new draft. Answers 201 with
 * the care type and version number, 422 with every problem, 409 when the care type has a draft.
 */
export const POST = withUser(async (user, request) => {
  if (!can(user, "update:questionnaire:any")) return errorResponse("forbidden");
  const body = await readMultipart(request, MAX_IMPORT_BYTES);
  if ("error" in body) return body.error;
  const file = body.form.get("file");
  if (!(file instanceof Blob)) return errorResponse("invalid");
  const result = await importQuestionnaire(user, await file.text());
  if (result.ok) return json({ careType: result.careType, number: result.number }, 201);
  if (result.reason === "invalid") return json({ error: "invalid", issues: result.issues }, 422);
  return json({ error: result.reason }, 409);
});

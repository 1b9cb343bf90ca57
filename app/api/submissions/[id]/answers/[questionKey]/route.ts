import { z } from "zod";
import { json, readJson, withUser } from "@/lib/server/http";
import { saveAnswer } from "@/lib/server/services/submissions";

const bodySchema = z.object({ value: z.unknown(), expectedVersion: z.number().int().min(0) });

/** Autosave of one answer. 409 with the current answer when the version is stale; 409 notEditable (from withUser) once submitted. */
export const PUT = withUser<{ params: Promise<{ id: string; questionKey: string }> }>(async (user, request, { params }) => {
  const { id, questionKey } = await params;
  const body = bodySchema.safeParse(await readJson(request));
  if (!body.success) return json({ error: "invalid", message: "answer.invalid" }, 400);
  const result = await saveAnswer(user, id, questionKey, body.data.value ?? null, body.data.expectedVersion);
  if (result.ok) return json(result);
  switch (result.reason) {
    case "invalid":
      return json({ error: "invalid", message: result.message }, 422);
    case "conflict":
      return json({ error: "conflict", current: result.current }, 409);
  }
});

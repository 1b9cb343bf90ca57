"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formField } from "@/lib/validation/form-data";
import { requireRole } from "@/lib/server/auth/session";
import { startSubmission } from "@/lib/server/services/submissions";

/** Starts (or opens) the organisation's questionnaire for a care type. */
export async function startSubmissionAction(formData: FormData): Promise<void> {
  const user = await requireRole(["PROVIDER"], "api");
  const careType = z.string().regex(/^[a-z][a-z0-9_]{0,79}$/).safeParse(formField(formData, "careType"));
  if (!careType.success) redirect("/dashboard");
  const id = await startSubmission(user, careType.data);
  redirect(`/submissions/${id}`);
}

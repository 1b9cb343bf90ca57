"use server";
import { redirect } from "next/navigation";
import { keySchema } from "@/lib/questionnaire/schema";
import { formField } from "@/lib/validation/form-data";
import { requireRole } from "@/lib/server/auth/session";
import { startSubmission } from "@/lib/server/services/submissions";

/** Starts (or opens) the organisation's questionnaire for a care type. */
export async function startSubmissionAction(formData: FormData): Promise<void> {
  const user = await requireRole(["PROVIDER"], "api");
  const careType = keySchema.safeParse(formField(formData, "careType"));
  if (!careType.success) redirect("/dashboard");
  const id = await startSubmission(user, careType.data);
  redirect(`/submissions/${id}`);
}

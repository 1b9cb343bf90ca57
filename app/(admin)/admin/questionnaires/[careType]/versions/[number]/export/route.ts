import { keySchema } from "@/lib/questionnaire/schema";
import { errorResponse, withUser } from "@/lib/server/http";
import { exportVersion } from "@/lib/server/services/questionnaire-admin";

/** A version as a file in the shipped questionnaire format. */
export const GET = withUser<{ params: Promise<{ careType: string; number: string }> }>(async (user, _request, { params }) => {
  const { careType, number } = await params;
  const key = keySchema.safeParse(careType);
  const n = Number(number);
  if (!key.success || !Number.isInteger(n) || n < 1) return errorResponse("notFound");
  const file = await exportVersion(user, key.data, n);
  return new Response(file.body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
});

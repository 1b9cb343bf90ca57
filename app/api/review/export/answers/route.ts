import { errorResponse, withUser } from "@/lib/server/http";
import { answersExport, assertReviewer, MAX_EXPORT_SUBMISSIONS } from "@/lib/server/services/review";
import { answersCsv } from "@/lib/review/export";
import { csvLabels, csvResponse } from "../csv-response";

/** Every visible answer of the chosen submissions (?id=…&id=…), one row per submission and question. */
export const GET = withUser(async (user, request) => {
  assertReviewer(user); // who asks comes before what is asked
  const ids = new URL(request.url).searchParams.getAll("id");
  if (!ids.length || ids.length > MAX_EXPORT_SUBMISSIONS || !ids.every((id) => /^[a-z0-9]{1,40}$/i.test(id))) {
    return errorResponse("invalid");
  }
  const items = await answersExport(user, ids);
  const { locale, labels, fileName } = await csvLabels();
  return csvResponse(answersCsv(items, labels, locale), fileName("answersFile"));
});

import "server-only";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "../../auth/session";
import { AppError } from "@/lib/errors";

/** Every read and write of the officers' side starts here: only users allowed to review submissions pass. */
export function assertReviewer(user: CurrentUser) {
  if (!can(user, "review:submission:any")) throw new AppError("forbidden");
}

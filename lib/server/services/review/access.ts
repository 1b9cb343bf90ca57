import "server-only";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "../../auth/session";
import { ForbiddenError } from "../submissions";

export function assertReviewer(user: CurrentUser) {
  if (!can(user, "review:submission:any")) throw new ForbiddenError();
}

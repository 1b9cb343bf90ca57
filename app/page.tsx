import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/server/auth/session";
import { HOME_BY_ROLE } from "@/lib/auth/permissions";

export default async function Home() {
  const user = await getCurrentUser();
  redirect(user ? HOME_BY_ROLE[user.role] : "/login");
}

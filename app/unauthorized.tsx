import { getTranslations } from "next-intl/server";
import { ErrorPage } from "@/components/layout/error-page";

export default async function Unauthorized() {
  const t = await getTranslations("errors");
  return <ErrorPage title={t("unauthorizedTitle")} message={t("unauthorized")} linkLabel={t("toHome")} />;
}

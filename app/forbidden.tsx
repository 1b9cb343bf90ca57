import { getTranslations } from "next-intl/server";
import { ErrorPage } from "@/components/layout/error-page";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return <ErrorPage title={t("forbiddenTitle")} message={t("forbidden")} linkLabel={t("toHome")} />;
}

import { getTranslations } from "next-intl/server";
import { ErrorPage } from "@/components/layout/error-page";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return <ErrorPage title={t("notFoundTitle")} message={t("notFound")} linkLabel={t("toHome")} />;
}

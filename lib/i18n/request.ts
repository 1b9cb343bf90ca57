import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, toLocale } from "./locale";

// No locale in the URL: the choice lives in a cookie, Dutch by default.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return {
    locale,
    timeZone: "Europe/Amsterdam",
    messages: (await import(`../../messages/${locale}.json`)).default,
  };
});

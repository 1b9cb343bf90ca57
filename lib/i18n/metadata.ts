import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/** A page's `generateMetadata`: the browser tab shows the `title` message of the page's namespace. */
export function titleFrom(namespace: string): () => Promise<Metadata> {
  return async () => ({ title: (await getTranslations(namespace))("title") });
}

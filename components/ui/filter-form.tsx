import Link from "next/link";
import type { FormHTMLAttributes } from "react";
import { Button } from "./button";

/**
 * A list's search form: a landmark named for screen readers, its fields, "search" and a link back to
 * the unfiltered list. The filters go into the URL, so a filtered list can be bookmarked and shared.
 */
export function FilterForm({
  label,
  submitLabel,
  resetLabel,
  resetHref,
  className = "flex flex-wrap items-end gap-4",
  children,
  ...form
}: Omit<FormHTMLAttributes<HTMLFormElement>, "role" | "aria-label"> & { label: string; submitLabel: string; resetLabel: string; resetHref: string }) {
  return (
    <form role="search" aria-label={label} className={className} {...form}>
      {children}
      <div className="flex items-end gap-4">
        <Button type="submit">{submitLabel}</Button>
        <Link href={resetHref} className="text-sm text-brand-700 underline">
          {resetLabel}
        </Link>
      </div>
    </form>
  );
}

import type { HTMLAttributes, ReactNode } from "react";

const HEADING = { lg: "text-lg font-semibold", xl: "text-xl font-semibold" } as const;

/** A part of a page named by its heading, so screen readers list it as a region under that name. */
export function Section({
  titleId,
  title,
  size = "lg",
  className = "space-y-2",
  children,
  ...section
}: Omit<HTMLAttributes<HTMLElement>, "title" | "aria-labelledby"> & { titleId: string; title: ReactNode; size?: keyof typeof HEADING; "data-testid"?: string }) {
  return (
    <section aria-labelledby={titleId} className={className} {...section}>
      <h2 id={titleId} className={HEADING[size]}>
        {title}
      </h2>
      {children}
    </section>
  );
}

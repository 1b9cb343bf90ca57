import Link from "next/link";

interface PageLink {
  href: string | null;
  label: string;
}

export interface PaginationProps {
  label: string;
  previous: PageLink;
  next: PageLink;
  status?: string;
}

/** Previous/next links under a list; a missing link is shown disabled, so the layout does not jump. */
export function Pagination({ label, previous, next, status }: PaginationProps) {
  const link = (l: PageLink, rel: "prev" | "next") =>
    l.href ? (
      <Link href={l.href} rel={rel} className="rounded-md border border-slate-400 bg-white px-3 py-1.5 font-medium hover:bg-slate-50">
        {l.label}
      </Link>
    ) : (
      <span aria-disabled="true" className="rounded-md border border-slate-200 px-3 py-1.5 text-slate-400">
        {l.label}
      </span>
    );
  return (
    <nav aria-label={label} className="flex items-center gap-3 text-sm">
      {link(previous, "prev")}
      {status && <span className="text-slate-700">{status}</span>}
      {link(next, "next")}
    </nav>
  );
}

import Link from "next/link";
import type { ReactNode } from "react";

/** The way back to the page one level up, above a page's title. */
export function BackLink({ href, className = "", children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <p className={`text-sm ${className}`}>
      <Link href={href} className="text-brand-700 underline">
        {children}
      </Link>
    </p>
  );
}

/** A page's title with its introduction, the way back above it and the page's main actions beside it. */
export function PageHeader({ title, intro, back, actions }: { title: ReactNode; intro?: ReactNode; back?: { href: string; label: ReactNode }; actions?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="space-y-1">
        {back && <BackLink href={back.href}>{back.label}</BackLink>}
        <h1 className="text-2xl font-bold">{title}</h1>
        {intro && <p className="max-w-3xl text-slate-700">{intro}</p>}
      </div>
      {actions}
    </div>
  );
}

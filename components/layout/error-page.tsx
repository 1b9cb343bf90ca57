import Link from "next/link";

export function ErrorPage({ title, message, linkLabel }: { title: string; message: string; linkLabel: string }) {
  return (
    <div className="mx-auto max-w-xl text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-2 text-slate-700">{message}</p>
      <Link href="/" className="mt-6 inline-block font-medium text-brand-700 underline">
        {linkLabel}
      </Link>
    </div>
  );
}

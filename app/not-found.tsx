import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-700">
        This page does not exist, or you do not have access to it.
      </p>
      <Link href="/" className="text-brand-700 mt-4 inline-block underline">
        Back to the start
      </Link>
    </main>
  );
}

import Link from "next/link";

export default function HomePage() {
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-12">
      <h1 className="text-3xl font-semibold tracking-tight">Step-Down</h1>
      <p className="text-lg text-slate-700">
        The 4-3-2-1 lap step-down for a whole squad: targets from each athlete&apos;s 5K time,
        lap-by-lap timing at the track, and actual-against-target review across weeks.
      </p>
      <nav className="flex flex-wrap gap-3">
        <Link
          href="/calculator"
          className="bg-brand-600 hover:bg-brand-700 rounded-md px-4 py-2 font-medium text-white"
        >
          Target calculator
        </Link>
      </nav>
    </main>
  );
}

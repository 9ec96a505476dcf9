import Link from "next/link";

/**
 * A session, athlete or page inside the app that does not exist or is not the viewer's (the same
 * answer for both, so ids cannot be probed). Rendered inside the app's own <main>, so it has none.
 */
export default function AppNotFound() {
  return (
    <div className="flex flex-col gap-2">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-slate-700">It does not exist, or you do not have access to it.</p>
      <Link href="/dashboard" className="text-brand-700 underline">
        Your squads
      </Link>
    </div>
  );
}

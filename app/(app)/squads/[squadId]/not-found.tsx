import Link from "next/link";

// Shown alike for a squad that does not exist and one the viewer may not see: ids cannot be probed.
export default function SquadNotFound() {
  return (
    <div className="flex flex-col gap-2">
      <h1 className="text-2xl font-semibold">Squad not found</h1>
      <p className="text-slate-700">It does not exist, or you are not a member of it (any more).</p>
      <Link href="/dashboard" className="text-brand-700 underline">
        Your squads
      </Link>
    </div>
  );
}

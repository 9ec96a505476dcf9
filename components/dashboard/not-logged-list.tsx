import { paths } from "@/lib/paths";
import Link from "next/link";

/** Who has nothing logged for the date shown: the coach's "chase these" list. */
export function NotLoggedList({
  athletes,
  past,
  squadId,
}: {
  athletes: { id: string; name: string }[];
  past: boolean;
  squadId: string;
}) {
  return (
    <section aria-labelledby="not-logged" className="flex flex-col gap-2">
      <h2 id="not-logged" className="font-semibold">
        Not logged ({athletes.length})
      </h2>
      {athletes.length ? (
        <ul className="flex flex-col gap-1">
          {athletes.map((a) => (
            <li key={a.id}>
              <Link href={paths.athlete(a.id)} className="text-brand-700 underline">
                {a.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">Everyone has logged this session.</p>
      )}
      {athletes.length && !past ? (
        <p className="text-sm text-slate-700">
          Timing at the track?{" "}
          <Link href={paths.squadStopwatch(squadId)} className="text-brand-700 underline">
            Open the stopwatch
          </Link>{" "}
          and the results land here.
        </p>
      ) : null}
    </section>
  );
}

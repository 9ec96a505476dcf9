import { paths } from "@/lib/paths";
import Link from "next/link";
import { longDay } from "@/lib/dates";
import { plural } from "@/lib/format/plural";

const SHOWN_NAMES = 4;

/** The next session dates already assigned, so the coach sees what is coming without a calendar. */
export function ComingUp({
  upcoming,
  squadId,
}: {
  upcoming: { date: string; count: number; names: string[] }[];
  squadId: string;
}) {
  return (
    <section aria-labelledby="coming-up" className="flex flex-col gap-2">
      <h2 id="coming-up" className="font-semibold">
        Coming up
      </h2>
      {upcoming.length ? (
        <ul className="flex flex-col gap-2">
          {upcoming.map((u) => {
            const more = u.count - SHOWN_NAMES;
            return (
              <li key={u.date}>
                <span className="font-medium">{longDay(u.date)}</span> ·{" "}
                {plural(u.count, "athlete")}
                <span className="block text-sm text-slate-700">
                  {u.names.slice(0, SHOWN_NAMES).join(", ")}
                  {more > 0 ? ` and ${more} more` : ""}
                </span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-slate-700">Nothing assigned ahead.</p>
      )}
      <p className="flex flex-wrap gap-x-3 text-sm">
        <Link href={paths.squadAssign(squadId)} className="text-brand-700 underline">
          Assign a session
        </Link>
        <Link href={paths.squadCalendar(squadId)} className="text-brand-700 underline">
          Calendar
        </Link>
      </p>
    </section>
  );
}

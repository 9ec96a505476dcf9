import { paths } from "@/lib/paths";
import { CardSection } from "@/components/ui/card-section";
import Link from "next/link";
import { longDay } from "@/lib/dates";

type Upcoming = { id: string; date: string; squad: { id: string; name: string } };

/** An athlete's next 4-3-2-1 sessions, each a link to its targets. Nothing when there are none. */
export function UpcomingList({ sessions }: { sessions: Upcoming[] }) {
  if (sessions.length === 0) return null;
  return (
    <CardSection id="upcoming" title="Your next sessions">
      <ul className="divide-y divide-slate-200">
        {sessions.map((s) => (
          <li key={s.id}>
            <Link
              href={paths.session(s.id)}
              className="flex min-h-11 flex-wrap items-center justify-between gap-x-3 py-2 hover:bg-slate-50"
            >
              <span className="text-brand-700 font-medium underline">{longDay(s.date)}</span>
              <span className="text-slate-600">4-3-2-1 · {s.squad.name}</span>
            </Link>
          </li>
        ))}
      </ul>
    </CardSection>
  );
}

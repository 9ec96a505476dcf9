import { paths } from "@/lib/paths";
import Link from "next/link";
import { longDay } from "@/lib/dates";
import type { SquadView } from "@/lib/server/data/squads";
import { RestoreAthleteButton } from "./restore-athlete-button";

/**
 * Coaches only: athletes removed from the squad (or who left). Their history stays readable here;
 * one without a login can be restored, one with a login returns by accepting a new invitation.
 */
export function FormerAthletes({ athletes }: { athletes: SquadView["formerAthletes"] }) {
  if (athletes.length === 0) return null;
  return (
    <details className="mt-4 border-t border-slate-200 pt-4">
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium">
        Former athletes ({athletes.length})
      </summary>
      <p className="text-sm text-slate-600">
        Their sessions and marks are kept, read-only. Someone with a login comes back by accepting a
        new invitation link, which brings their history with them.
      </p>
      <ul className="divide-y divide-slate-200">
        {athletes.map((a) => (
          <li
            key={a.id}
            className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between"
          >
            <div>
              <Link href={paths.athlete(a.id)} className="text-brand-700 font-medium underline">
                {a.name}
              </Link>
              <span className="block text-sm text-slate-600">
                Removed {longDay(a.removedOn)} · {a.hasLogin ? "has a login" : "no login"}
              </span>
            </div>
            {a.hasLogin ? null : <RestoreAthleteButton athleteId={a.id} name={a.name} />}
          </li>
        ))}
      </ul>
    </details>
  );
}

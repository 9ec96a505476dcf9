import { paths } from "@/lib/paths";
import Link from "next/link";
import { RecalibrationButtons } from "@/components/review/recalibration-buttons";
import { formatTime } from "@/lib/pacing";
import type { SquadDashboard } from "@/lib/server/data/squad-dashboard";
import { longDay } from "@/lib/dates";

const KIND = { faster: { symbol: "▲", words: "faster" }, slower: { symbol: "▼", words: "slower" } };

/**
 * New 5K times the analysis suggests, waiting for the coach: nothing changes until they accept
 * or dismiss, here or on the session's page (with the laps and the method behind it).
 */
export function RecalibrationQueue({ items }: { items: SquadDashboard["recalibrations"] }) {
  return (
    <section aria-labelledby="recalibrations" className="flex flex-col gap-2">
      <h2 id="recalibrations" className="font-semibold">
        Suggested 5K updates ({items.length})
      </h2>
      {items.length ? (
        <ul className="flex flex-col gap-3">
          {items.map((item) => {
            const kind = KIND[item.kind];
            return (
              <li key={item.assignmentId}>
                <span className="font-medium">{item.athlete.name}</span>
                <span className="tabular block">
                  {formatTime(item.currentFiveKSeconds)} → {formatTime(item.suggestedFiveKSeconds)}{" "}
                  <span aria-hidden="true">{kind.symbol}</span> {kind.words}
                </span>
                <span className="block text-sm text-slate-600">by {item.model}</span>
                <Link
                  href={paths.session(item.assignmentId)}
                  className="text-brand-700 inline-flex min-h-11 items-center text-sm underline"
                >
                  Review {item.athlete.name}&apos;s session of {longDay(item.date)}
                </Link>
                <RecalibrationButtons assignmentId={item.assignmentId} who={item.athlete.name} />
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-slate-700">
          No suggestions waiting. After each logged session the analysis may suggest a new 5K time;
          it appears here until you accept or dismiss it.
        </p>
      )}
    </section>
  );
}

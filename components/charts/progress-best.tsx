import Link from "next/link";
import { mediumDay } from "@/lib/dates";
import { paths } from "@/lib/paths";
import type { BestSession } from "@/lib/review/best-session";

/**
 * The best session in words, beside its dotted line on the rep charts and its row in the table
 * (docs/coaching-rules.md, "Each rep in context": closest to target over the four reps).
 */
export function BestSessionNote({ best }: { best: BestSession }) {
  return (
    <p className="text-sm text-slate-800">
      <span aria-hidden="true">★ </span>
      Best session (dotted line):{" "}
      <Link href={paths.session(best.assignmentId)} className="text-brand-700 underline">
        {mediumDay(best.date)}
      </Link>
      , {best.offSeconds.toFixed(1)} s off target over the four reps, fast or slow.
    </p>
  );
}

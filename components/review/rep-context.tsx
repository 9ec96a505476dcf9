import Link from "next/link";
import { TableHead } from "@/components/ui/table-head";
import { mediumDay } from "@/lib/dates";
import { deltaText, NO_TIME } from "@/lib/format/time-text";
import type { RepAnalysis } from "@/lib/pacing";
import { paths } from "@/lib/paths";
import type { PastRep, RepContext } from "@/lib/review/rep-context";

/**
 * Each rep beside the athlete's previous result on it and their best on it for this workout
 * (docs/coaching-rules.md, "Each rep in context"): differences from target, so a session run on
 * another 5K time compares fairly. Earlier sessions link to their own pages.
 */
export function RepContextTable({ reps, context }: { reps: RepAnalysis[]; context: RepContext[] }) {
  const compared = context.some((c) => c.previous !== null);
  if (!compared)
    return (
      <p className="text-slate-700">
        The first logged session of this workout: the next one will be compared with it, rep by rep.
      </p>
    );
  return (
    <table className="tabular w-full text-left text-sm">
      <caption className="pb-2 text-left text-slate-600">
        Seconds off target (plus is slower), this session against the last time and the closest to
        target before it.
      </caption>
      <TableHead columns={["Rep", "This session", "Last time", "Best before"]} />
      <tbody>
        {reps.map((rep, i) => {
          const c = context[i];
          return (
            <tr key={rep.rep} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-1.5 pr-2 font-semibold whitespace-nowrap">
                {rep.label}
              </th>
              <td className="px-2 py-1.5">
                {deltaText(rep.deltaSeconds)}
                {c?.bestYet ? <strong className="block">closest yet</strong> : null}
                {c?.closerBySeconds ? (
                  <span className="block text-slate-600">
                    {Math.abs(c.closerBySeconds).toFixed(1)} s{" "}
                    {c.closerBySeconds > 0 ? "closer than" : "further than"} last time
                  </span>
                ) : null}
              </td>
              <td className="px-2 py-1.5">
                <Past rep={c?.previous ?? null} />
              </td>
              <td className="py-1.5 pl-2">
                <Past rep={c?.best ?? null} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Past({ rep }: { rep: PastRep | null }) {
  if (!rep) return <>{NO_TIME}</>;
  return (
    <>
      {deltaText(rep.deltaSeconds)}
      <Link
        href={paths.session(rep.assignmentId)}
        className="text-brand-700 block min-h-6 underline"
      >
        {mediumDay(rep.date)}
      </Link>
    </>
  );
}

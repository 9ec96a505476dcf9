import Link from "next/link";
import { mediumDay } from "@/lib/dates";
import type { TriageKind, TriageLine } from "@/lib/pacing";
import { paths } from "@/lib/paths";
import { triageGroups } from "./triage-groups";

const href = (line: TriageLine) =>
  line.assignmentId ? paths.session(line.assignmentId) : paths.athlete(line.athlete.id);

/**
 * "This week's triage" (docs/coaching-rules.md, "Triage"): who needs a word, grouped by reason.
 * Every line is a link to the session it names, or to the athlete for an old 5K mark.
 */
export function TriageList({
  lines,
  squadId,
  expanded,
}: {
  lines: TriageLine[];
  squadId: string;
  /** The group shown whole (?triage= on the dashboard); the others show their first lines. */
  expanded?: TriageKind;
}) {
  return (
    <section aria-labelledby="triage" className="flex flex-col gap-3">
      <h2 id="triage" className="text-lg font-semibold">
        This week&apos;s triage
      </h2>
      {lines.length === 0 ? (
        <p className="text-slate-700">
          Nobody needs a word this week: everyone ran the last session, no rep was off target twice,
          nobody is fading, no 5K suggestion waits and every 5K mark is recent.
        </p>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {triageGroups(lines, expanded).map(({ kind, title, count, lines: group, hidden }) => {
            const id = `triage-${kind}`;
            return (
              <section key={kind} aria-labelledby={id} className="flex min-w-0 flex-col gap-1">
                <h3 id={id} className="font-medium">
                  {title} ({count})
                </h3>
                <ul className="flex flex-col">
                  {group.map((line, i) => (
                    <li key={`${line.athlete.id}-${i}`}>
                      <Link
                        href={href(line)}
                        className="text-brand-700 inline-block min-h-11 py-2 underline"
                      >
                        <span className="font-medium">{line.athlete.name}</span> {line.what}
                        {line.date ? (
                          <span className="text-slate-600"> ({mediumDay(line.date)})</span>
                        ) : null}
                      </Link>
                    </li>
                  ))}
                  {hidden > 0 ? (
                    <li>
                      <Link
                        href={`${paths.dashboard({ squad: squadId, triage: kind })}#${id}`}
                        className="text-brand-700 inline-block min-h-11 py-2 font-medium underline"
                      >
                        Show all {count}
                        <span className="sr-only"> ({title.toLowerCase()})</span>
                      </Link>
                    </li>
                  ) : null}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}

import { paths } from "@/lib/paths";
import Link from "next/link";
import { buttonSecondary } from "@/components/ui/styles";

/** The squad's session tools: coaches get all of them, athletes the calendar. */
export function SquadLinks({ squadId, isCoach }: { squadId: string; isCoach: boolean }) {
  const links = isCoach
    ? [
        { href: paths.squadAssign(squadId), label: "Assign session" },
        { href: paths.squadCalendar(squadId), label: "Calendar" },
        { href: paths.squadSheet(squadId), label: "Squad sheet" },
        { href: paths.squadStopwatch(squadId), label: "Stopwatch" },
        { href: paths.squadImport(squadId), label: "Import from watches" },
      ]
    : [{ href: paths.squadCalendar(squadId), label: "Calendar" }];
  return (
    <nav aria-label="Sessions" className="flex flex-wrap gap-2">
      {links.map((l) => (
        <Link key={l.href} href={l.href} className={buttonSecondary}>
          {l.label}
        </Link>
      ))}
      {isCoach ? (
        // A file, not a page: a plain link the browser downloads.
        <a href={paths.squadResultsCsv(squadId)} download className={buttonSecondary}>
          Results (CSV)
        </a>
      ) : null}
    </nav>
  );
}

import Link from "next/link";
import { buttonSecondary } from "@/components/ui/styles";

/** The squad's session tools: coaches get all of them, athletes the calendar. */
export function SquadLinks({ squadId, isCoach }: { squadId: string; isCoach: boolean }) {
  const base = `/squads/${squadId}`;
  const links = isCoach
    ? [
        { href: `${base}/assign`, label: "Assign session" },
        { href: `${base}/calendar`, label: "Calendar" },
        { href: `${base}/sheet`, label: "Squad sheet" },
        { href: `${base}/stopwatch`, label: "Stopwatch" },
      ]
    : [{ href: `${base}/calendar`, label: "Calendar" }];
  return (
    <nav aria-label="Sessions" className="flex flex-wrap gap-2">
      {links.map((l) => (
        <Link key={l.href} href={l.href} className={buttonSecondary}>
          {l.label}
        </Link>
      ))}
      {isCoach ? (
        // A file, not a page: a plain link the browser downloads.
        <a href={`${base}/results.csv`} download className={buttonSecondary}>
          Results (CSV)
        </a>
      ) : null}
    </nav>
  );
}

import { paths } from "@/lib/paths";
import { noticeVariants } from "@/components/ui/notice-variants";
import type { Metadata } from "next";
import Link from "next/link";
import { SquadSwitcher } from "@/components/dashboard/dashboard-controls";
import { SquadDashboard } from "@/components/dashboard/squad-dashboard";
import { SquadTriage } from "@/components/triage/squad-triage";
import { isTriageKind } from "@/components/triage/triage-groups";
import { SquadNews } from "@/components/activity/squad-news";
import { AthleteHome } from "@/components/home/athlete-home";
import { isDay } from "@/lib/dates";
import { UpcomingList } from "@/components/schedule/upcoming-list";
import { buttonPrimary, buttonSecondary, card } from "@/components/ui/styles";
import { requireUser } from "@/lib/server/auth/session";
import { listUpcoming } from "@/lib/server/data/schedule";
import { getSquadDashboard } from "@/lib/server/data/squad-dashboard";
import { getSquadNews } from "@/lib/server/data/squad-news";
import { loadTriage } from "@/lib/server/data/triage";
import { listMySquads } from "@/lib/server/data/squads";
import { plural } from "@/lib/format/plural";

export const metadata: Metadata = { title: "Your squads" };

const ROLE_LABEL = { HEAD_COACH: "Head coach", COACH: "Coach", ATHLETE: "Athlete" } as const;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The landing page after sign-in. A coach sees the squad dashboard of the squad chosen in the URL
 * (?squad=, else their first) for ?date= (else the latest session day), with the triage group
 * ?triage= shown whole; everyone sees their squads.
 * An unknown or foreign ?squad= falls back to the first coached squad, with a word saying so: this
 * page sits under a loading.tsx, so it cannot answer 404, and it has nothing to hide anyway.
 */
export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<{
    squad?: string | string[];
    date?: string | string[];
    triage?: string | string[];
  }>;
}) {
  const viewer = await requireUser();
  const asked = await searchParams;
  // Upcoming sessions are an athlete's: a coach's home does not ask unless they run somewhere too.
  const early = viewer.role === "ATHLETE" ? listUpcoming(viewer) : null;
  early?.catch(() => undefined);
  const squads = await listMySquads(viewer);
  const isAthlete = squads.some((s) => s.role === "ATHLETE");
  const coached = squads.filter((s) => s.role !== "ATHLETE");
  const askedSquad = one(asked.squad);
  const chosen = coached.find((s) => s.id === askedSquad) ?? coached[0];
  // Said rather than silent, so an old bookmark or a squad one no longer coaches is not mistaken
  // for the squad shown.
  const fellBack = !!askedSquad && !!chosen && chosen.id !== askedSquad;
  const date = one(asked.date);
  const openGroup = one(asked.triage);
  // The news and the triage need only the squad: read while the grid is, not after it. The
  // handlers attached here only keep a failure from going unhandled if the page fails first;
  // the sections still await (and show) it.
  const news = chosen ? getSquadNews(viewer, chosen.id) : null;
  const triage = chosen ? loadTriage(viewer, chosen.id) : null;
  news?.catch(() => undefined);
  triage?.catch(() => undefined);
  const board = chosen
    ? await getSquadDashboard(viewer, chosen.id, isDay(date) ? date : undefined)
    : null;
  const upcoming = isAthlete ? await (early ?? listUpcoming(viewer)) : [];
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{board ? board.squad.name : "Your squads"}</h1>
        <div className="flex flex-wrap gap-2">
          {/* A coach's next step is the squad's next session; a new squad is the rarer errand. */}
          {board ? (
            <>
              <Link href={paths.squadAssign(board.squad.id)} className={buttonPrimary}>
                Assign session
              </Link>
              <Link href={paths.squadStopwatch(board.squad.id)} className={buttonSecondary}>
                Stopwatch
              </Link>
              <Link href={paths.squad(board.squad.id)} className={buttonSecondary}>
                Squad page
              </Link>
            </>
          ) : null}
          <Link href="/squads/new" className={board ? buttonSecondary : buttonPrimary}>
            New squad
          </Link>
        </div>
      </div>
      {/* Only for someone who is an athlete somewhere: a coach's home would read it for nothing. */}
      {isAthlete ? <AthleteHome viewer={viewer} /> : null}
      {fellBack && board ? (
        <p role="status" className={noticeVariants({ tone: "warning", framed: true })}>
          That squad is not one you coach (or it no longer exists), so this is {board.squad.name}.
        </p>
      ) : null}
      {board && news && triage ? (
        <>
          <SquadSwitcher squads={coached} current={board.squad.id} />
          <SquadNews news={news} />
          <SquadDashboard board={board} />
          <SquadTriage
            triage={triage}
            squadId={board.squad.id}
            expanded={isTriageKind(openGroup) ? openGroup : undefined}
          />
        </>
      ) : null}
      <UpcomingList sessions={upcoming} />
      <section aria-labelledby={board ? "your-squads" : undefined} className="flex flex-col gap-3">
        {board ? (
          <h2 id="your-squads" className="text-lg font-semibold">
            Your squads
          </h2>
        ) : null}
        {squads.length === 0 ? (
          <div className={card}>
            <h2 className="text-lg font-medium">No squads yet</h2>
            <p className="mt-1 text-slate-700">
              Coaches: create a squad, add your athletes (with or without logins) and assign the
              4-3-2-1. Athletes: open the invitation link your coach sent you to join their squad.
            </p>
          </div>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {squads.map((s) => (
              <li key={s.id}>
                <Link
                  href={paths.squad(s.id)}
                  className="hover:border-brand-600 block min-h-11 rounded-lg border border-slate-200 bg-white px-3 py-2"
                >
                  <span className="block font-medium">{s.name}</span>
                  <span className="text-sm text-slate-600">
                    {ROLE_LABEL[s.role]} ·{" "}
                    {s.athleteCount === null ? null : `${plural(s.athleteCount, "athlete")} · `}
                    {s.units === "METRIC" ? "metric" : "imperial"}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

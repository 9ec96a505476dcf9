import type { Metadata } from "next";
import Link from "next/link";
import { UpcomingList } from "@/components/schedule/upcoming-list";
import { buttonPrimary, card } from "@/components/ui/styles";
import { requireUser } from "@/lib/server/auth/session";
import { listUpcoming } from "@/lib/server/data/schedule";
import { listMySquads } from "@/lib/server/data/squads";

export const metadata: Metadata = { title: "Your squads" };

const ROLE_LABEL = { HEAD_COACH: "Head coach", COACH: "Coach", ATHLETE: "Athlete" } as const;

export default async function DashboardPage() {
  const viewer = await requireUser();
  const [squads, upcoming] = await Promise.all([listMySquads(viewer), listUpcoming(viewer)]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Your squads</h1>
        <Link href="/squads/new" className={buttonPrimary}>
          New squad
        </Link>
      </div>
      <UpcomingList sessions={upcoming} />
      {squads.length === 0 ? (
        <div className={card}>
          <h2 className="text-lg font-medium">No squads yet</h2>
          <p className="mt-1 text-slate-700">
            Coaches: create a squad, add your athletes (with or without logins) and assign the
            4-3-2-1. Athletes: open the invitation link your coach sent you to join their squad.
          </p>
        </div>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {squads.map((s) => (
            <li key={s.id}>
              <Link href={`/squads/${s.id}`} className={`${card} hover:border-brand-600 block`}>
                <span className="block text-lg font-medium">{s.name}</span>
                <span className="text-slate-600">
                  {ROLE_LABEL[s.role]} · {s.athleteCount} athlete{s.athleteCount === 1 ? "" : "s"} ·{" "}
                  {s.units === "METRIC" ? "metric" : "imperial"}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

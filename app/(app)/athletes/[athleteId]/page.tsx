import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { card } from "@/components/ui/styles";
import { formatTime, msToSeconds } from "@/lib/pacing";
import { requireUser } from "@/lib/server/auth/session";
import { getAthlete } from "@/lib/server/data/athletes";

export const metadata: Metadata = { title: "Athlete" };

const SOURCE = {
  RACE: "race",
  TIME_TRIAL: "time trial",
  ESTIMATE: "estimate",
  RECALIBRATION: "recalibration",
} as const;

export default async function AthletePage({ params }: { params: Promise<{ athleteId: string }> }) {
  const { athleteId } = await params;
  const athlete = await getAthlete(await requireUser(`/athletes/${athleteId}`), athleteId);
  if (!athlete) notFound();
  return (
    <>
      <div>
        <Link href={`/squads/${athlete.squad.id}`} className="text-brand-700 underline">
          {athlete.squad.name}
        </Link>
        <h1 className="text-2xl font-semibold">{athlete.name}</h1>
      </div>
      <section aria-labelledby="marks" className={card}>
        <h2 id="marks" className="mb-2 text-lg font-medium">
          5K marks
        </h2>
        {athlete.marks.length === 0 ? (
          <p className="text-slate-700">No 5K time yet: targets need one.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {athlete.marks.map((m, i) => (
              <li key={m.id} className="flex justify-between py-2">
                <span className="tabular font-medium">
                  {formatTime(msToSeconds(m.timeMs))}
                  {i === 0 ? (
                    <span className="ml-2 text-sm font-normal text-slate-600">current</span>
                  ) : null}
                </span>
                <span className="text-slate-600">
                  {m.date.toISOString().slice(0, 10)} · {SOURCE[m.source]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

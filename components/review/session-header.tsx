import { paths } from "@/lib/paths";
import Link from "next/link";
import { formatTime, msToSeconds } from "@/lib/pacing";
import type { SessionView } from "@/lib/server/data/sessions";
import { longDay } from "@/lib/dates";

export function SessionHeader({ session }: { session: SessionView }) {
  const { athlete } = session;
  return (
    <div className="flex flex-col gap-1">
      <p className="text-slate-700">
        <Link href={paths.squad(athlete.squad.id)} className="text-brand-700 underline">
          {athlete.squad.name}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">
        4-3-2-1 step-down for{" "}
        <Link href={paths.athlete(athlete.id)} className="text-brand-700 underline">
          {athlete.name}
        </Link>
      </h1>
      <p className="tabular text-slate-700">
        {longDay(session.date)} · 5K used {formatTime(msToSeconds(session.fiveKMs))} ·{" "}
        {session.units === "METRIC" ? "metric (400 m laps)" : "imperial (440 yd laps)"}
      </p>
    </div>
  );
}

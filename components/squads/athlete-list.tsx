import { paths } from "@/lib/paths";
import Link from "next/link";
import { AthleteResetLinkButton } from "@/components/auth/athlete-reset-link-button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { formatTime, msToSeconds } from "@/lib/pacing";
import { removeAthlete } from "@/lib/server/actions/remove-athlete";
import type { SquadView } from "@/lib/server/data/squads";
import { LinkAthleteButton } from "./link-athlete-button";

export function AthleteList({ squad }: { squad: SquadView }) {
  const isCoach = squad.role !== "ATHLETE";
  if (squad.athletes.length === 0) {
    return (
      <p className="text-slate-700">
        No athletes yet. Add athletes without logins below, or send an invitation link so they can
        join.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-slate-200">
      {squad.athletes.map((a) => (
        <li
          key={a.id}
          className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between"
        >
          <div>
            <Link href={paths.athlete(a.id)} className="text-brand-700 font-medium underline">
              {a.name}
            </Link>
            {a.isViewer ? <span className="ml-2 text-sm text-slate-600">(you)</span> : null}
            <span className="block text-sm text-slate-600">
              5K{" "}
              {a.latestFiveKMs ? (
                <span className="tabular">{formatTime(msToSeconds(a.latestFiveKMs))}</span>
              ) : (
                "not set"
              )}{" "}
              · {a.hasLogin ? "has a login" : "no login"}
            </span>
          </div>
          {isCoach ? (
            <div className="flex flex-col gap-2 sm:items-end">
              {!a.hasLogin ? (
                <LinkAthleteButton squadId={squad.id} athleteId={a.id} name={a.name} />
              ) : null}
              {a.hasLogin && !a.isViewer && squad.role === "HEAD_COACH" ? (
                <AthleteResetLinkButton athleteId={a.id} name={a.name} />
              ) : null}
              <ConfirmAction
                action={removeAthlete}
                fields={{ athleteId: a.id }}
                label={`Remove ${a.name}`}
                confirmLabel={`Yes, remove ${a.name}`}
                question={`Remove ${a.name} from ${squad.name}? Their access ends now; their history is kept.`}
              />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

import { ConfirmAction } from "@/components/ui/confirm-action";
import { removeCoach } from "@/lib/server/actions/remove-coach";
import type { SquadView } from "@/lib/server/data/squads";

export function CoachList({ squad }: { squad: SquadView }) {
  return (
    <ul className="divide-y divide-slate-200">
      {squad.coaches.map((c) => (
        <li
          key={c.id}
          className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between"
        >
          <span>
            <span className="font-medium">{c.name}</span>{" "}
            <span className="text-sm text-slate-600">
              {c.role === "HEAD_COACH" ? "head coach" : "assistant coach"}
            </span>
          </span>
          {squad.role === "HEAD_COACH" && c.role === "COACH" ? (
            <ConfirmAction
              action={removeCoach}
              fields={{ squadId: squad.id, userId: c.id }}
              label={`Remove ${c.name}`}
              confirmLabel={`Yes, remove ${c.name}`}
              question={`Remove ${c.name} as a coach of ${squad.name}? Their access ends now.`}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

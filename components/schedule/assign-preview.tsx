import { noticeVariants } from "@/components/ui/notice-variants";
import { TargetCard } from "@/components/targets/target-card";
import { card } from "@/components/ui/styles";
import { formatTime, msToSeconds } from "@/lib/pacing";
import type { PreviewAthlete } from "@/lib/server/data/schedule";
import type { AssignRequest } from "./assign-query";
import { ConfirmAssignForm } from "./confirm-assign-form";
import { longDay } from "@/lib/dates";

/**
 * Every chosen athlete's card as it would be frozen, the guard's warnings, and who cannot be
 * assigned (no 5K, already booked that day) and why; then the one button that writes it all.
 */
export function AssignPreview({
  request,
  athletes,
}: {
  request: AssignRequest;
  athletes: PreviewAthlete[];
}) {
  // Narrowed here so the cards below need no assertions.
  const ready = athletes.flatMap(({ prescription, fiveKMs, ...a }) =>
    prescription && fiveKMs !== null && !a.alreadyAssigned ? [{ ...a, prescription, fiveKMs }] : [],
  );
  const skipped = athletes.filter((a) => !ready.some((r) => r.id === a.id));
  const warned = ready.filter((a) => a.warnings.length > 0);
  const day = longDay(request.date);
  return (
    <section aria-labelledby="preview" className="flex flex-col gap-4">
      <h2 id="preview" className="text-xl font-semibold">
        Preview: {day}
      </h2>
      {skipped.length ? (
        <div role="note" className={noticeVariants({ tone: "warning", framed: true })}>
          <p className="font-medium">Not assigned:</p>
          <ul className="list-disc pl-5">
            {skipped.map((a) => (
              <li key={a.id}>
                {a.name}: {a.alreadyAssigned ? `already has a session on ${day}` : a.note}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {warned.length ? (
        <div role="note" className={noticeVariants({ tone: "warning", framed: true })}>
          <p className="font-medium">
            <span aria-hidden="true">⚠ </span>Schedule warnings
          </p>
          <ul className="list-disc pl-5">
            {warned.flatMap((a) =>
              a.warnings.map((w) => (
                <li key={`${a.id}${w}`}>
                  {a.name}: {w}
                </li>
              )),
            )}
          </ul>
        </div>
      ) : null}
      {ready.map((a) => (
        <TargetCard
          key={a.id}
          prescription={a.prescription}
          title={`${a.name}: ${formatTime(msToSeconds(a.fiveKMs))} 5K`}
        />
      ))}
      <div className={card}>
        {ready.length ? (
          <ConfirmAssignForm
            squadId={request.squadId}
            athleteIds={ready.map((a) => a.id)}
            date={request.date}
            dateLabel={day}
            units={request.units}
            offsets={request.offsets}
            needsAcknowledge={warned.length > 0}
          />
        ) : (
          <p>No one to assign: change the athletes or the date above.</p>
        )}
      </div>
    </section>
  );
}

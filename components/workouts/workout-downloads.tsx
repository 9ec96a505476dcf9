import { buttonSecondary } from "@/components/ui/styles";
import { workoutText } from "@/lib/devices/workout-text";
import type { Prescription } from "@/lib/pacing";
import { CopyWorkoutText } from "./copy-workout-text";

/**
 * The targets taken to where the athlete looks: the structured workout for a watch (it beeps when
 * a rep leaves its window), the same workout as text, and, for a session, its calendar event.
 */
export function WorkoutDownloads({
  fitHref,
  icsHref,
  name,
  prescription,
}: {
  fitHref: string;
  icsHref?: string;
  name: string;
  prescription: Prescription;
}) {
  const text = workoutText(prescription, name);
  return (
    <div className="no-print flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <a href={fitHref} download className={buttonSecondary}>
          Workout for your watch (.fit)
        </a>
        {icsHref ? (
          <a href={icsHref} download className={buttonSecondary}>
            Add to calendar
          </a>
        ) : null}
        <CopyWorkoutText text={text} />
      </div>
      <details className="text-sm text-slate-700">
        <summary className="cursor-pointer">The workout as text</summary>
        <pre className="mt-2 overflow-x-auto rounded bg-slate-50 p-3 whitespace-pre-wrap">
          {text}
        </pre>
      </details>
    </div>
  );
}

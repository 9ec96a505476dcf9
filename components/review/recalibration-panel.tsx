import { formatTime, type Recalibration } from "@/lib/pacing";
import { RecalibrationButtons } from "./recalibration-buttons";

/**
 * The coach's choice after a session: a suggested new 5K is never applied without them. Shown to
 * coaches only; an athlete sees their coach's decision on their marks.
 */
export function RecalibrationPanel({
  assignmentId,
  recalibration,
  decision,
}: {
  assignmentId: string;
  recalibration: Recalibration;
  decision: "ACCEPTED" | "DISMISSED" | null;
}) {
  const { kind, suggestedFiveKSeconds, currentFiveKSeconds, reason, method } = recalibration;
  const was = formatTime(currentFiveKSeconds);
  if ((kind === "faster" || kind === "slower") && suggestedFiveKSeconds !== undefined) {
    const suggested = formatTime(suggestedFiveKSeconds);
    return (
      <div className="flex flex-col gap-3">
        <p>
          <strong>
            Suggest a new 5K of <span className="tabular">{suggested}</span> (was{" "}
            <span className="tabular">{was}</span>):
          </strong>{" "}
          {reason}.
        </p>
        <p className="text-sm text-slate-600">
          Model: {recalibration.model}. Method: {method}.
        </p>
        {decision ? (
          <p role="status" className="font-medium">
            {decision === "ACCEPTED"
              ? `Accepted: ${suggested} is now a 5K mark (source: recalibration).`
              : `Dismissed: the 5K time stays ${was}.`}
          </p>
        ) : (
          <RecalibrationButtons assignmentId={assignmentId} />
        )}
      </div>
    );
  }
  if (kind === "recheck") {
    return (
      <p>
        <strong>Re-check the 5K time:</strong> {reason}.
      </p>
    );
  }
  return (
    <p>
      <strong>Targets look right.</strong> {reason}.
    </p>
  );
}

import { Field } from "@/components/ui/field";
import { MAX_OFFSET_SECONDS, repDistanceLabel, type Units } from "@/lib/pacing";
import type { OffsetName } from "./assign-query";

const REPS = [
  { key: "rep2", laps: 3 },
  { key: "rep3", laps: 2 },
  { key: "rep4", laps: 1 },
] as const;

/**
 * The template's offsets, tucked away: most coaches keep the defaults (docs/coaching-rules.md). Each rep's window
 * is "fast" to "slow" seconds quicker than the same laps at 5K pace.
 */
export function OffsetFields({
  units,
  values,
  errors,
}: {
  units: Units;
  values: Record<OffsetName, string>;
  errors: Record<string, string>;
}) {
  const hasError = Object.keys(errors).some((k) => k === "offsets" || k.startsWith("rep"));
  return (
    <details open={hasError} className="rounded-md border border-slate-200 p-3">
      <summary className="min-h-11 cursor-pointer py-2 font-medium">Adjust offsets</summary>
      <p className="mt-1 text-sm text-slate-600">
        Seconds faster than the same laps at 5K pace, 0–{MAX_OFFSET_SECONDS} s. The fast edge is the
        quickest acceptable time, the slow edge the slowest.
      </p>
      {errors.offsets ? (
        <p id="offsets-error" role="alert" className="mt-2 text-sm font-medium text-red-700">
          {errors.offsets}
        </p>
      ) : null}
      <div className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3">
        {REPS.map(({ key, laps }) =>
          (["Fast", "Slow"] as const).map((edge) => {
            const name: OffsetName = `${key}${edge}`;
            return (
              <Field
                key={name}
                label={`${repDistanceLabel(units, laps)}: ${edge.toLowerCase()} edge (s)`}
                name={name}
                type="number"
                inputMode="decimal"
                min={0}
                max={MAX_OFFSET_SECONDS}
                step={0.5}
                defaultValue={values[name]}
                error={errors[name]}
              />
            );
          }),
        )}
      </div>
    </details>
  );
}

import type { Units } from "@/lib/pacing";
import type { TargetsFieldErrors } from "@/lib/validation/targets";

type CalculatorFormProps = {
  /** What the person typed, echoed back even when it was wrong so they can fix it. */
  fiveK: string;
  units: Units;
  errors: TargetsFieldErrors;
};

const UNIT_CHOICES: { value: Units; label: string; hint: string }[] = [
  { value: "metric", label: "Metric", hint: "400 m laps: 1600, 1200, 800, 400" },
  { value: "imperial", label: "Imperial", hint: "440 yd laps: mile, 1320, 880, 440" },
];

/**
 * A plain GET form: it works without JavaScript and every answer has a shareable URL
 * (/calculator?fiveK=20:00&units=metric).
 */
export function CalculatorForm({ fiveK, units, errors }: CalculatorFormProps) {
  const fiveKDescribedBy = errors.fiveK ? "fiveK-hint fiveK-error" : "fiveK-hint";
  return (
    <form
      method="get"
      action="/calculator"
      className="no-print grid gap-5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 sm:p-6"
    >
      <div className="flex flex-col gap-1.5">
        <label htmlFor="fiveK" className="font-medium">
          5K time
        </label>
        <p id="fiveK-hint" className="text-sm text-slate-600">
          Minutes and seconds, like 20:00 or 19:42.5: a recent race or an honest estimate.
        </p>
        <input
          id="fiveK"
          name="fiveK"
          type="text"
          defaultValue={fiveK}
          placeholder="20:00"
          autoComplete="off"
          spellCheck={false}
          // After a full-page submit, land on the field that needs fixing, its message read out.
          autoFocus={Boolean(errors.fiveK)}
          aria-invalid={errors.fiveK ? true : undefined}
          aria-describedby={fiveKDescribedBy}
          className="tabular w-full max-w-40 rounded-md border border-slate-400 px-3 py-2 text-lg aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700 aria-invalid:outline-red-700"
        />
        {errors.fiveK && (
          <p id="fiveK-error" className="text-sm font-medium text-red-700">
            {errors.fiveK}
          </p>
        )}
      </div>

      <fieldset
        aria-describedby={errors.units ? "units-error" : undefined}
        className="flex flex-col gap-2"
      >
        <legend className="mb-1.5 font-medium">Track</legend>
        {UNIT_CHOICES.map((choice) => (
          <label key={choice.value} className="flex items-start gap-2">
            <input
              type="radio"
              name="units"
              value={choice.value}
              defaultChecked={units === choice.value}
              className="mt-1 size-4 accent-(--color-brand-600)"
            />
            <span>
              {choice.label} <span className="text-sm text-slate-600">({choice.hint})</span>
            </span>
          </label>
        ))}
        {errors.units && (
          <p id="units-error" className="text-sm font-medium text-red-700">
            {errors.units}
          </p>
        )}
      </fieldset>

      <button
        type="submit"
        className="bg-brand-600 hover:bg-brand-700 justify-self-start rounded-md px-4 py-2 font-medium text-white"
      >
        Show targets
      </button>
    </form>
  );
}

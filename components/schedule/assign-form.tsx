import { SelectField } from "@/components/ui/select-field";
import { Field } from "@/components/ui/field";
import { buttonPrimary } from "@/components/ui/styles";
import { formatTime, msToSeconds } from "@/lib/pacing";
import type { AssignValues } from "./assign-query";
import { OffsetFields } from "./offset-fields";
import { SelectAll } from "./select-all";

const UNITS = [
  { value: "METRIC", label: "Metric: 1600-1200-800-400 m" },
  { value: "IMPERIAL", label: "Imperial: 1 mi-1320-880-440 yd" },
];

type Athlete = { id: string; name: string; latestFiveKMs: number | null };

/**
 * Step one: who, when, in which units. A plain GET form back to this page with `preview=1`, so
 * the preview is a URL (reloadable, shareable with an assistant) and nothing is written yet.
 */
export function AssignForm({
  athletes,
  values,
  errors,
}: {
  athletes: Athlete[];
  values: AssignValues;
  errors: Record<string, string>;
}) {
  const selected = new Set(values.athleteIds ?? athletes.map((a) => a.id));
  return (
    <form method="get" className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="preview" value="1" />
      <fieldset
        className="flex flex-col gap-1"
        aria-describedby={errors.athleteIds ? "athletes-error" : undefined}
      >
        <legend className="font-medium text-slate-800">Athletes</legend>
        <SelectAll name="athleteIds" />
        {errors.athleteIds ? (
          <p id="athletes-error" className="text-sm font-medium text-red-700">
            {errors.athleteIds}
          </p>
        ) : null}
        <ul className="grid gap-x-4 sm:grid-cols-2">
          {athletes.map((a) => (
            <li key={a.id}>
              <label className="flex min-h-11 items-center gap-3">
                <input
                  type="checkbox"
                  name="athleteIds"
                  value={a.id}
                  defaultChecked={selected.has(a.id)}
                  className="size-5"
                />
                <span>
                  {a.name}{" "}
                  <span className="tabular text-sm text-slate-600">
                    {a.latestFiveKMs
                      ? `5K ${formatTime(msToSeconds(a.latestFiveKMs))}`
                      : "no 5K yet"}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Date"
          name="date"
          type="date"
          defaultValue={values.date}
          error={errors.date}
        />
        <SelectField
          label="Units"
          name="units"
          options={UNITS}
          defaultValue={values.units}
          error={errors.units}
        />
      </div>
      <OffsetFields
        units={values.units === "IMPERIAL" ? "imperial" : "metric"}
        values={values.offsets}
        errors={errors}
      />
      <div>
        <button type="submit" className={buttonPrimary}>
          Preview targets
        </button>
      </div>
    </form>
  );
}

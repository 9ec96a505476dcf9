"use client";
import type { ResultStatus as Status } from "@/lib/generated/prisma/enums";
import { focusNextOnEnter } from "./entry-input";

const OPTIONS: { value: Status; label: string; hint: string }[] = [
  { value: "COMPLETED", label: "Completed", hint: "every lap of every rep" },
  { value: "PARTIAL", label: "Partial", hint: "some reps or laps missed" },
  { value: "ABANDONED", label: "Abandoned", hint: "stopped early" },
];

/** Radios: arrow keys choose, Tab moves on, as in any native group. */
export function StatusField({
  value,
  onChange,
  error,
}: {
  value: Status;
  onChange: (value: Status) => void;
  error?: string;
}) {
  return (
    <fieldset aria-describedby={error ? "field-status-error" : undefined}>
      <legend className="mb-2 font-medium text-slate-800">Status</legend>
      <div className="flex flex-col gap-1 sm:flex-row sm:gap-4">
        {OPTIONS.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name="status"
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              onKeyDown={focusNextOnEnter}
              className="size-5"
            />
            <span>
              {o.label} <span className="text-sm text-slate-600">({o.hint})</span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id="field-status-error" className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

"use client";
import { useActionState, useState } from "react";
import { StartTimeField } from "@/components/calendar/start-time-field";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormFields } from "@/components/ui/use-form-fields";
import { useKeptSelect } from "@/components/ui/use-kept-select";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { PredictionFields, type PredictionSetting } from "./prediction-fields";

type ServerAction = (state: ActionState, form: FormData) => Promise<ActionState>;

const UNITS = [
  { value: "METRIC", label: "Metric: 1600-1200-800-400 m" },
  { value: "IMPERIAL", label: "Imperial: 1 mi-1320-880-440 yd" },
];

/** Creating a squad and editing its settings use the same fields. */
export function SquadForm({
  action,
  squad,
  submitLabel,
}: {
  action: ServerAction;
  squad?: {
    id: string;
    name: string;
    units: string;
    shareResults: boolean;
    /** Shown only when given, so a page that does not pass it never clears it. */
    startTime?: string | null;
    /** The 5K suggestions' model; shown only when given, like the start time. */
    prediction?: PredictionSetting;
  };
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  const errors = state.fieldErrors ?? {};
  // Editing keeps the saved settings shown; creating moves on to the new squad's page anyway.
  const field = useFormFields(
    state,
    { name: squad?.name ?? "", units: squad?.units ?? "METRIC" },
    { keepOnSuccess: true },
  );
  const units = field("units");
  const unitsRef = useKeptSelect(units.value);
  // Controlled too, so a refused save keeps the box as the coach left it.
  const [share, setShare] = useState(squad?.shareResults ?? false);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {squad ? <input type="hidden" name="squadId" value={squad.id} /> : null}
      <Field
        label="Squad name"
        id="squad-name"
        {...field("name")}
        required
        maxLength={80}
        error={errors.name}
      />
      <SelectField
        label="Default units"
        options={UNITS}
        {...units}
        ref={unitsRef}
        error={errors.units}
      />
      {squad ? (
        <div className="flex flex-col gap-1">
          <label className="flex min-h-11 items-center gap-3 font-medium">
            <input
              type="checkbox"
              name="shareResults"
              checked={share}
              onChange={(e) => setShare(e.target.checked)}
              className="size-5"
              aria-describedby="share-results-hint"
            />
            Teammates see each other&rsquo;s sessions and progress
          </label>
          <p id="share-results-hint" className="text-sm text-slate-600">
            Off: each athlete sees only their own results; coaches see everyone&rsquo;s. Notes
            written for the coach stay private either way.
          </p>
        </div>
      ) : null}
      {squad?.startTime !== undefined ? (
        <StartTimeField defaultValue={squad.startTime} error={errors.startTime} />
      ) : null}
      {squad?.prediction ? <PredictionFields setting={squad.prediction} errors={errors} /> : null}
      <FormMessage state={state} />
      <div>
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormFields } from "@/components/ui/use-form-fields";
import { initialActionState, type ActionState } from "@/lib/action-state";

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
  squad?: { id: string; name: string; units: string };
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
      <SelectField label="Default units" options={UNITS} {...field("units")} error={errors.units} />
      <FormMessage state={state} />
      <div>
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormFields } from "@/components/ui/use-form-fields";
import { initialActionState } from "@/lib/action-state";
import { addMark } from "@/lib/server/actions/add-mark";

const SOURCES = [
  { value: "RACE", label: "Race" },
  { value: "TIME_TRIAL", label: "Time trial" },
  { value: "ESTIMATE", label: "Estimate" },
];

/**
 * A new 5K mark: by a coach of the squad, or by the athlete themself. What was typed survives a
 * refusal (a time mistyped), see useFormFields.
 */
export function AddMarkForm({ athleteId, today }: { athleteId: string; today: string }) {
  const [state, formAction] = useActionState(addMark, initialActionState);
  const field = useFormFields(state, { time: "", date: today, source: "RACE", note: "" });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-2" noValidate>
      <input type="hidden" name="athleteId" value={athleteId} />
      <Field
        label="5K time"
        {...field("time")}
        placeholder="19:45"
        inputMode="text"
        autoComplete="off"
        required
        error={errors.time}
      />
      <Field label="Date" {...field("date")} type="date" max={today} required error={errors.date} />
      <SelectField label="Source" {...field("source")} options={SOURCES} error={errors.source} />
      <Field label="Note (optional)" {...field("note")} maxLength={200} error={errors.note} />
      <div className="flex flex-col gap-2 sm:col-span-2">
        <div>
          <SubmitButton pendingLabel="Adding…">Add 5K mark</SubmitButton>
        </div>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

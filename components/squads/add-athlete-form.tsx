"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormFields } from "@/components/ui/use-form-fields";
import { initialActionState } from "@/lib/action-state";
import { addAthlete } from "@/lib/server/actions/add-athlete";

/**
 * An athlete without a login (say, a young athlete): the coach times and logs for them. Their
 * 5K, when known, comes along, so their targets exist at once.
 */
export function AddAthleteForm({ squadId }: { squadId: string }) {
  const [state, formAction] = useActionState(addAthlete, initialActionState);
  const field = useFormFields(state, { name: "", fiveK: "" });
  return (
    <form action={formAction} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
      <input type="hidden" name="squadId" value={squadId} />
      <div className="grow">
        <Field
          label="Athlete's name"
          id="athlete-name"
          {...field("name")}
          required
          maxLength={80}
          error={state.fieldErrors?.name}
        />
      </div>
      <div className="sm:w-44">
        <Field
          label="5K time (optional)"
          id="athlete-five-k"
          {...field("fiveK")}
          inputMode="decimal"
          placeholder="24:30"
          autoComplete="off"
          error={state.fieldErrors?.fiveK}
        />
      </div>
      <div className="shrink-0">
        <SubmitButton pendingLabel="Adding…">Add athlete</SubmitButton>
      </div>
      <div className="sm:basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

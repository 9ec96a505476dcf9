"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { addAthlete } from "@/lib/server/actions/add-athlete";

/** An athlete without a login (say, a young athlete): the coach times and logs for them. */
export function AddAthleteForm({ squadId }: { squadId: string }) {
  const [state, formAction] = useActionState(addAthlete, initialActionState);
  return (
    <form action={formAction} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
      <input type="hidden" name="squadId" value={squadId} />
      <div className="grow">
        <Field
          label="Athlete's name"
          id="athlete-name"
          name="name"
          required
          maxLength={80}
          error={state.fieldErrors?.name}
        />
      </div>
      <SubmitButton pendingLabel="Adding…">Add athlete</SubmitButton>
      <div className="sm:basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

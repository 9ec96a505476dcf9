"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { deleteSquad } from "@/lib/server/actions/delete-squad";

/** Deleting a squad asks for its name, typed: it ends everyone's access at once. */
export function DeleteSquadForm({ squadId, name }: { squadId: string; name: string }) {
  const [state, formAction] = useActionState(deleteSquad, initialActionState);
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="squadId" value={squadId} />
      <Field
        label={`Type "${name}" to delete this squad`}
        name="confirmName"
        autoComplete="off"
        error={state.fieldErrors?.confirmName}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton variant="danger" pendingLabel="Deleting…">
          Delete squad
        </SubmitButton>
      </div>
    </form>
  );
}

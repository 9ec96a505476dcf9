"use client";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { FormMessage } from "@/components/ui/form-message";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import { initialActionState } from "@/lib/action-state";
import { decideRecalibration } from "@/lib/server/actions/decide-recalibration";

/**
 * "Accept new 5K" or "Dismiss": one form, the button pressed is the decision. `who` names the
 * athlete to screen readers where several sets of buttons share a page (the dashboard's queue).
 */
export function RecalibrationButtons({
  assignmentId,
  who,
}: {
  assignmentId: string;
  who?: string;
}) {
  const [state, formAction] = useActionState(decideRecalibration, initialActionState);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <Buttons who={who} />
      <FormMessage state={state} />
    </form>
  );
}

function Buttons({ who }: { who: string | undefined }) {
  const { pending } = useFormStatus();
  return (
    <div className="flex flex-wrap gap-2">
      <button
        type="submit"
        name="decision"
        value="accept"
        disabled={pending}
        className={buttonPrimary}
      >
        Accept new 5K{who ? <span className="sr-only"> for {who}</span> : null}
      </button>
      <button
        type="submit"
        name="decision"
        value="dismiss"
        disabled={pending}
        className={buttonSecondary}
      >
        Dismiss{who ? <span className="sr-only"> the suggestion for {who}</span> : null}
      </button>
    </div>
  );
}

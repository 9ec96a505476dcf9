"use client";
import { useActionState, useState } from "react";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { FormMessage } from "./form-message";
import { buttonSecondary } from "./styles";
import { SubmitButton } from "./submit-button";

type ServerAction = (state: ActionState, form: FormData) => Promise<ActionState>;

/**
 * A destructive action behind a second, explicit confirmation ("Remove" → "Yes, remove Maya").
 * Escape or "Cancel" backs out; nothing is sent until the confirmation.
 */
export function ConfirmAction({
  action,
  fields,
  label,
  confirmLabel,
  question,
}: {
  action: ServerAction;
  fields: Record<string, string>;
  label: string;
  confirmLabel: string;
  question: string;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <div className="flex flex-col gap-2">
        <button type="button" className={buttonSecondary} onClick={() => setAsking(true)}>
          {label}
        </button>
        <FormMessage state={state} />
      </div>
    );
  }
  return (
    <form
      action={formAction}
      className="flex flex-col gap-2"
      onKeyDown={(e) => e.key === "Escape" && setAsking(false)}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p className="font-medium text-slate-800">{question}</p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="danger" pendingLabel="Working…">
          {confirmLabel}
        </SubmitButton>
        <button
          type="button"
          className={buttonSecondary}
          onClick={() => setAsking(false)}
          autoFocus
        >
          Cancel
        </button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

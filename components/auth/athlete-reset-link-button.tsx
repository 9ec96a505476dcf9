"use client";
import { useActionState, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { buttonSecondary, inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { createAthleteResetLink } from "@/lib/server/actions/create-athlete-reset-link";

/**
 * The head coach's "Make a reset link" for an athlete with a login, e.g. a young athlete with no
 * email to reset by. The link is shown once, to copy and hand over.
 */
export function AthleteResetLinkButton({ athleteId, name }: { athleteId: string; name: string }) {
  const [state, formAction] = useActionState(createAthleteResetLink, initialActionState);
  const path = state.ok ? state.data?.path : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="athleteId" value={athleteId} />
      {path ? (
        <ResetLink path={path} name={name} athleteId={athleteId} />
      ) : (
        <div>
          <SubmitButton variant="secondary" pendingLabel="Making link…">
            Make a reset link for {name}
          </SubmitButton>
        </div>
      )}
      <FormMessage state={state} />
    </form>
  );
}

function ResetLink({ path, name, athleteId }: { path: string; name: string; athleteId: string }) {
  const url = typeof window === "undefined" ? path : `${window.location.origin}${path}`;
  const [copied, setCopied] = useState(false);
  const id = `reset-link-${athleteId}`;
  return (
    <div className="flex flex-col gap-2 sm:flex-row">
      <label className="sr-only" htmlFor={id}>
        Password reset link for {name}
      </label>
      <input
        id={id}
        readOnly
        value={url}
        className={`${inputClass} font-mono text-sm`}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        className={buttonSecondary}
        onClick={() =>
          void navigator.clipboard?.writeText(url).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? "Copied" : "Copy link"}
      </button>
    </div>
  );
}

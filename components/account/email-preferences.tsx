"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { updateEmailPreferences } from "@/lib/server/actions/update-email-preferences";

type Prefs = { dailyDigest: boolean; coachComments: boolean };

/**
 * The emails a user chooses: coaches a daily digest, athletes a note when a coach comments. Both
 * off by default; they are sent only when the server has email set up (`mailReady`).
 */
export function EmailPreferences({
  prefs,
  isCoach,
  isAthlete,
  mailReady,
}: {
  prefs: Prefs;
  isCoach: boolean;
  isAthlete: boolean;
  mailReady: boolean;
}) {
  const [state, formAction] = useActionState(updateEmailPreferences, initialActionState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {mailReady ? null : (
        <p className="text-slate-700">
          This server does not send email yet: your choice is kept for when it does.
        </p>
      )}
      {isCoach ? (
        <Tick name="dailyDigest" checked={prefs.dailyDigest}>
          A daily digest of my squads: new results and comments
        </Tick>
      ) : (
        <input type="hidden" name="dailyDigest" value={prefs.dailyDigest ? "1" : "0"} />
      )}
      {isAthlete ? (
        <Tick name="coachComments" checked={prefs.coachComments}>
          A note when a coach comments on one of my sessions
        </Tick>
      ) : (
        <input type="hidden" name="coachComments" value={prefs.coachComments ? "1" : "0"} />
      )}
      <FormMessage state={state} />
      <div>
        <SubmitButton>Save email choices</SubmitButton>
      </div>
    </form>
  );
}

function Tick({
  name,
  checked,
  children,
}: {
  name: string;
  checked: boolean;
  children: React.ReactNode;
}) {
  return (
    <label className="flex min-h-11 items-center gap-3">
      <input type="checkbox" name={name} defaultChecked={checked} className="size-5" />
      <span>{children}</span>
    </label>
  );
}

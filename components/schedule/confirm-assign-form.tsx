"use client";
import { paths } from "@/lib/paths";
import { noticeVariants } from "@/components/ui/notice-variants";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/action-state";
import type { PacingOffsets } from "@/lib/pacing";
import { assignSession } from "@/lib/server/actions/assign-session";
import { OFFSET_NAMES, offsetValue } from "./assign-query";
import { plural } from "@/lib/format/plural";

/**
 * Step two: writes the previewed assignment. The selection travels in hidden fields; when the
 * frequency guard warned, the coach must tick "Assign anyway". On success, on to the calendar.
 */
export function ConfirmAssignForm({
  squadId,
  athleteIds,
  date,
  dateLabel,
  units,
  offsets,
  needsAcknowledge,
}: {
  squadId: string;
  athleteIds: string[];
  date: string;
  dateLabel: string;
  units: string;
  offsets: PacingOffsets;
  needsAcknowledge: boolean;
}) {
  const router = useRouter();
  // Navigate from the action itself, not from an effect on its state: the action revalidates the
  // squad, which re-renders this page's preview (now "already assigned") and unmounts this form.
  const [state, formAction] = useActionState(async (previous: ActionState, form: FormData) => {
    const next = await assignSession(previous, form);
    if (next.ok) router.push(paths.squadCalendar(squadId, { date, assigned: athleteIds.length }));
    return next;
  }, initialActionState);
  const { acknowledge, ...otherErrors } = state.fieldErrors ?? {};
  const count = athleteIds.length;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="squadId" value={squadId} />
      <input type="hidden" name="date" value={date} />
      <input type="hidden" name="units" value={units} />
      {athleteIds.map((id) => (
        <input key={id} type="hidden" name="athleteIds" value={id} />
      ))}
      {OFFSET_NAMES.map((name) => (
        <input key={name} type="hidden" name={name} value={offsetValue(offsets, name)} />
      ))}
      {needsAcknowledge ? (
        <div className="flex flex-col gap-1">
          <label className="flex min-h-11 items-center gap-3 font-medium">
            <input
              type="checkbox"
              name="acknowledge"
              value="1"
              required
              className="size-5"
              aria-invalid={acknowledge ? true : undefined}
              aria-describedby={acknowledge ? "acknowledge-error" : undefined}
            />
            Assign anyway: I have read the schedule warnings above
          </label>
          {acknowledge ? (
            <p id="acknowledge-error" className="text-sm font-medium text-red-700">
              {acknowledge}
            </p>
          ) : null}
        </div>
      ) : null}
      {Object.values(otherErrors).map((message) => (
        <p key={message} role="alert" className={noticeVariants({ tone: "error" })}>
          {message}
        </p>
      ))}
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingLabel="Assigning…">
          {`Assign to ${plural(count, "athlete")} on ${dateLabel}`}
        </SubmitButton>
      </div>
    </form>
  );
}

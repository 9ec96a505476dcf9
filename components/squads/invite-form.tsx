"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormFields } from "@/components/ui/use-form-fields";
import { initialActionState } from "@/lib/action-state";
import { createInvitation } from "@/lib/server/actions/create-invitation";
import { CopyLink } from "@/components/ui/copy-link";

/** A link an athlete (or, for the head coach, an assistant coach) opens to join the squad. */
export function InviteForm({
  squadId,
  canInviteCoaches,
  emailConfigured,
}: {
  squadId: string;
  canInviteCoaches: boolean;
  /** Whether the server can email the link (SMTP is set up), or the coach sends it. */
  emailConfigured: boolean;
}) {
  const [state, formAction] = useActionState(createInvitation, initialActionState);
  const errors = state.fieldErrors ?? {};
  const field = useFormFields(state, {
    role: "ATHLETE",
    email: "",
    expiresInDays: "7",
    maxUses: "",
  });
  const roles = [
    { value: "ATHLETE", label: "Athlete" },
    ...(canInviteCoaches ? [{ value: "COACH", label: "Assistant coach" }] : []),
  ];
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="squadId" value={squadId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Invite as" {...field("role")} options={roles} error={errors.role} />
        <Field
          label="Only for this email (optional)"
          {...field("email")}
          type="email"
          error={errors.email}
          hint={
            emailConfigured
              ? "We'll email the link to this address."
              : "Email sending is not set up: copy the link below and send it yourself."
          }
        />
        <Field
          label="Expires after (days)"
          {...field("expiresInDays")}
          type="number"
          inputMode="numeric"
          min={1}
          max={30}
          error={errors.expiresInDays}
        />
        <Field
          label="Can be used (times, optional)"
          {...field("maxUses")}
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          error={errors.maxUses}
          hint={
            field("role").value === "COACH"
              ? "Leave empty for a link that works once: a coach link gives access to every athlete."
              : "Leave empty for a link the whole squad can use."
          }
        />
      </div>
      <FormMessage state={state} />
      {state.ok && state.data?.path ? <CopyLink path={state.data.path} /> : null}
      <div>
        <SubmitButton pendingLabel="Creating link…">Create invitation link</SubmitButton>
      </div>
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormFields } from "@/components/ui/use-form-fields";
import { initialActionState } from "@/lib/action-state";
import { updateAccount } from "@/lib/server/actions/update-account";

type Account = { name: string; units: string; timeZone: string };

export function AccountForm({ account, timeZones }: { account: Account; timeZones: string[] }) {
  const [state, formAction] = useActionState(updateAccount, initialActionState);
  const errors = state.fieldErrors ?? {};
  const field = useFormFields(state, account, { keepOnSuccess: true });
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <Field label="Name" {...field("name")} required maxLength={80} error={errors.name} />
      <SelectField
        label="Units"
        {...field("units")}
        error={errors.units}
        options={[
          { value: "METRIC", label: "Metric (metres)" },
          { value: "IMPERIAL", label: "Imperial (miles, yards)" },
        ]}
      />
      <SelectField
        label="Time zone"
        {...field("timeZone")}
        error={errors.timeZone}
        options={timeZones.map((tz) => ({ value: tz, label: tz.replaceAll("_", " ") }))}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton>Save</SubmitButton>
      </div>
    </form>
  );
}

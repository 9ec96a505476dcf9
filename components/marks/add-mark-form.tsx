"use client";
import { useActionState, useState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { addMark } from "@/lib/server/actions/add-mark";

const SOURCES = [
  { value: "RACE", label: "Race" },
  { value: "TIME_TRIAL", label: "Time trial" },
  { value: "ESTIMATE", label: "Estimate" },
];

/**
 * A new 5K mark: by a coach of the squad, or by the athlete themself. Controlled fields, because
 * React resets uncontrolled ones after every action, which would wipe a time refused for a typo.
 */
export function AddMarkForm({ athleteId, today }: { athleteId: string; today: string }) {
  const [state, formAction] = useActionState(addMark, initialActionState);
  const [time, setTime] = useState("");
  const [date, setDate] = useState(today);
  const [source, setSource] = useState("RACE");
  const [note, setNote] = useState("");
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    // A new answer from the server: clear the form only when the mark was saved.
    setSeen(state);
    if (state.ok) {
      setTime("");
      setNote("");
    }
  }
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-2" noValidate>
      <input type="hidden" name="athleteId" value={athleteId} />
      <Field
        label="5K time"
        name="time"
        placeholder="19:45"
        inputMode="text"
        autoComplete="off"
        required
        value={time}
        onChange={(e) => setTime(e.target.value)}
        error={errors.time}
      />
      <Field
        label="Date"
        name="date"
        type="date"
        max={today}
        required
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={errors.date}
      />
      <SelectField
        label="Source"
        name="source"
        options={SOURCES}
        value={source}
        onChange={(e) => setSource(e.target.value)}
        error={errors.source}
      />
      <Field
        label="Note (optional)"
        name="note"
        maxLength={200}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.note}
      />
      <div className="flex flex-col gap-2 sm:col-span-2">
        <div>
          <SubmitButton pendingLabel="Adding…">Add 5K mark</SubmitButton>
        </div>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

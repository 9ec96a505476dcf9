"use client";
import { paths } from "@/lib/paths";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import type { EntryMode } from "@/lib/pacing";
import { logResult } from "@/lib/server/actions/log-result";
import { entryField } from "@/lib/validation/coaching";
import { EntryInput, focusNextOnEnter } from "./entry-input";
import type { LogFormProps } from "./log-form-types";
import { newIdempotencyKey } from "./new-key";
import { NotesField } from "./notes-field";
import { previewRep } from "./rep-preview";
import { StatusField } from "./status-field";

const MODES = [
  { value: "auto", label: "Recognise automatically" },
  { value: "laps", label: "Lap times" },
  { value: "splits", label: "Cumulative splits" },
];

/**
 * Keyboard-first logging: reps, recoveries, status, effort, notes, in that tab order; Enter moves
 * to the next field. Every rep is read back live with the server's own parser before saving.
 */
export function LogForm({
  assignmentId,
  lapMeters,
  reps,
  recoveryTargets,
  existing,
  draft,
  onSaved,
}: LogFormProps) {
  const router = useRouter();
  const [state, formAction] = useActionState(logResult, initialActionState);
  const prefill = existing ?? draft;
  // Edits and drafts are prefilled as lap times, so reading them as laps never turns them into splits.
  const [mode, setMode] = useState<EntryMode>(prefill ? "laps" : "auto");
  const [repText, setRepText] = useState(() => reps.map((_, i) => prefill?.reps[i] ?? ""));
  const [recoveryText, setRecoveryText] = useState(() =>
    recoveryTargets.map((_, i) => prefill?.recoveries[i] ?? ""),
  );
  const [status, setStatus] = useState(prefill?.status ?? "COMPLETED");
  const [effort, setEffort] = useState(existing?.effort?.toString() ?? "");
  const [notes, setNotes] = useState(existing?.notes ?? "");
  // One key per form mount: a double submit or a retry after a lost connection is the same upload.
  const key = useRef<string | null>(draft?.idempotencyKey ?? null);
  const errors = state.fieldErrors ?? {};

  useEffect(() => {
    if (!state.ok) return;
    onSaved?.();
    router.push(paths.session(assignmentId));
    router.refresh();
  }, [state, router, assignmentId, onSaved]);

  function submit(form: FormData) {
    key.current ??= newIdempotencyKey();
    form.set("idempotencyKey", key.current);
    formAction(form);
  }

  const stale = state.code === "conflict" && existing !== null;
  return (
    <form action={submit} className="flex max-w-2xl flex-col gap-5" noValidate>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      {existing ? <input type="hidden" name="expectedVersion" value={existing.version} /> : null}
      <SelectField
        label="How the reps are typed"
        name="mode"
        options={MODES}
        value={mode}
        onChange={(e) => setMode(e.target.value as EntryMode)}
        error={errors.mode}
      />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-medium">Reps</legend>
        {reps.map((rep, i) => {
          const field = entryField("reps", i);
          const preview = previewRep(repText[i] ?? "", rep, lapMeters, mode);
          return (
            <EntryInput
              key={field}
              name="reps"
              field={field}
              label={rep.label}
              value={repText[i] ?? ""}
              onChange={(v) => setRepText((all) => all.map((t, j) => (j === i ? v : t)))}
              hint={preview.text}
              hintOk={preview.ok}
              error={errors[field]}
              autoFocus={i === 0 && !existing}
            />
          );
        })}
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-medium">Recovery jogs (optional)</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          {recoveryTargets.map((target, i) => {
            const field = entryField("recoveries", i);
            return (
              <EntryInput
                key={field}
                name="recoveries"
                field={field}
                label={`Jog after rep ${i + 1} (target ${target})`}
                value={recoveryText[i] ?? ""}
                onChange={(v) => setRecoveryText((all) => all.map((t, j) => (j === i ? v : t)))}
                error={errors[field]}
              />
            );
          })}
        </div>
      </fieldset>
      <StatusField value={status} onChange={setStatus} error={errors.status} />
      <div className="sm:max-w-xs">
        <Field
          label="Effort (1 = easy, 10 = all out; optional)"
          name="effort"
          type="number"
          inputMode="numeric"
          min={1}
          max={10}
          step={1}
          value={effort}
          onChange={(e) => setEffort(e.target.value)}
          onKeyDown={focusNextOnEnter}
          error={errors.effort}
        />
      </div>
      <NotesField value={notes} onChange={setNotes} error={errors.notes} />
      <FormMessage state={state} />
      {stale ? (
        <p>
          {/* A full reload, so the form starts again from the saved version. */}
          <a href={paths.sessionLog(assignmentId)} className="text-brand-700 font-medium underline">
            Reload the latest version
          </a>
        </p>
      ) : null}
      <div>
        <SubmitButton pendingLabel="Saving…">{existing ? "Save changes" : "Save"}</SubmitButton>
      </div>
    </form>
  );
}

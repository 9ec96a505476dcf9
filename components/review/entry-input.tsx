"use client";
import type { KeyboardEvent } from "react";
import { FieldShell } from "@/components/ui/field-shell";
import { inputClass } from "@/components/ui/styles";

/** Enter moves on to the next field, as a stopwatch app's "next lap" would; it never submits. */
export function focusNextOnEnter(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key !== "Enter") return;
  event.preventDefault();
  const form = event.currentTarget.form;
  if (!form) return;
  const focusable = Array.from(form.elements).filter((el): el is HTMLElement => {
    // form.elements also lists fieldsets and hidden inputs, which take no focus.
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) {
      return el instanceof HTMLTextAreaElement || el instanceof HTMLButtonElement;
    }
    if (el.disabled || el.type === "hidden") return false;
    // Only the checked radio of a group takes focus, as with Tab.
    return !(el instanceof HTMLInputElement && el.type === "radio" && !el.checked);
  });
  focusable[focusable.indexOf(event.currentTarget) + 1]?.focus();
}

/**
 * A time entry field (a rep's laps, a recovery): text, since times have colons; the live reading
 * and any server error are tied to it for screen readers.
 */
export function EntryInput({
  name,
  field,
  label,
  value,
  onChange,
  hint,
  hintOk = true,
  error,
  autoFocus,
}: {
  /** The form field, repeated once per rep (or jog). */
  name: string;
  /** This entry's place in it, as its error is keyed ("reps.0"): makes the element's id. */
  field: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  hintOk?: boolean;
  error?: string;
  autoFocus?: boolean;
}) {
  const id = `field-${field.replace(".", "-")}`;
  return (
    <FieldShell
      id={id}
      label={label}
      // A failed read-back says what the server's error below says: once is enough.
      hint={error && !hintOk ? undefined : hint}
      error={error}
      liveHint
      hintClassName={`tabular ${hintOk ? "text-slate-700" : "text-amber-800"}`}
    >
      {(aria) => (
        <input
          id={id}
          name={name}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={focusNextOnEnter}
          inputMode="text"
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="next"
          autoFocus={autoFocus}
          className={`${inputClass} tabular`}
          {...aria}
        />
      )}
    </FieldShell>
  );
}

"use client";
import { useState, type ChangeEvent } from "react";
import type { ActionState } from "@/lib/action-state";

type Element = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * Controlled values for a form that posts to a server action. React resets uncontrolled fields
 * after every action, refused or not, which wipes what a person typed just when they need to
 * correct it. Values here survive a refusal and go back to `initial` only once the action
 * succeeded (unless `keepOnSuccess`, for settings forms whose saved values should stay shown).
 *
 *   const field = useFormFields(state, { name: "", fiveK: "" });
 *   <Field label="Name" {...field("name")} />
 */
export function useFormFields<T extends Record<string, string>>(
  state: ActionState,
  initial: T,
  { keepOnSuccess = false } = {},
) {
  const [values, setValues] = useState(initial);
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    // A new answer from the server (this pattern adjusts state during render, no effect needed).
    setSeen(state);
    if (state.ok && !keepOnSuccess) setValues(initial);
  }
  return (name: keyof T & string) => ({
    name,
    value: values[name],
    onChange: (e: ChangeEvent<Element>) => setValues((v) => ({ ...v, [name]: e.target.value })),
  });
}

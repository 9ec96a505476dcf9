import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldShell } from "./field-shell";
import { inputClass } from "./styles";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  error?: string;
  hint?: ReactNode;
};

/** A labelled input whose error is announced and tied to it (aria-invalid, aria-describedby). */
export function Field({ label, name, error, hint, id, ...input }: FieldProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} error={error}>
      {(aria) => <input id={fieldId} name={name} className={inputClass} {...aria} {...input} />}
    </FieldShell>
  );
}

import type { ReactNode, Ref, SelectHTMLAttributes } from "react";
import { FieldShell } from "./field-shell";
import { inputClass } from "./styles";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  error?: string;
  hint?: ReactNode;
  ref?: Ref<HTMLSelectElement>;
};

export function SelectField({ label, name, options, error, hint, id, ...select }: Props) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} error={error}>
      {(aria) => (
        <select id={fieldId} name={name} className={inputClass} {...aria} {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

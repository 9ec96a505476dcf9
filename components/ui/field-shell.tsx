import type { ReactNode } from "react";

/**
 * Label, hint and error around any control, with the ids the control needs to point at them.
 * The control is rendered by the caller through `children(aria)`.
 */
export function FieldShell({
  id,
  label,
  hint,
  error,
  hintClassName = "text-slate-600",
  liveHint = false,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  hintClassName?: string;
  /** Announce hint changes (a live reading of what was typed). */
  liveHint?: boolean;
  children: (aria: { "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium text-slate-800">
        {label}
      </label>
      {children({
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {hint ? (
        <p
          id={`${id}-hint`}
          aria-live={liveHint ? "polite" : undefined}
          className={`text-sm ${hintClassName}`}
        >
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

"use client";
import { useFormStatus } from "react-dom";
import { buttonDanger, buttonPrimary, buttonSecondary } from "./styles";

const variants = { primary: buttonPrimary, secondary: buttonSecondary, danger: buttonDanger };

/** Disabled and relabelled while its form is submitting, so a double tap cannot submit twice. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: keyof typeof variants;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={variants[variant]}>
      {pending ? (pendingLabel ?? "Saving…") : children}
    </button>
  );
}

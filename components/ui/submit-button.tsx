"use client";
import { useFormStatus } from "react-dom";
import { buttonVariants, type ButtonVariant } from "./button-variants";

/** Disabled and relabelled while its form is submitting, so a double tap cannot submit twice. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: ButtonVariant;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={buttonVariants({ variant })}
    >
      {pending ? (pendingLabel ?? "Saving…") : children}
    </button>
  );
}

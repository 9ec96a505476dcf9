import { buttonVariants } from "./button-variants";

// Shared class lists, so every button and input looks and behaves the same. The buttons are
// variants (button-variants.ts); these names stay for the many places that spread them as is.
export const buttonPrimary = buttonVariants({ variant: "primary" });
export const buttonSecondary = buttonVariants({ variant: "secondary" });
export const buttonDanger = buttonVariants({ variant: "danger" });
export const inputClass =
  "block w-full min-h-11 rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-600 focus-visible:outline-2 focus-visible:outline-brand-600";
export const card = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";

import { cx, type CxOptions } from "class-variance-authority";
import { twMerge } from "tailwind-merge";

/**
 * Joins class lists and lets the later of two conflicting Tailwind classes win
 * (`cn(card, "p-2")` drops the card's own `p-4`), so an override never depends on the order
 * Tailwind emits its CSS in. For server components: in a client component it would add
 * tailwind-merge (about 9 KB gzip) to the page's JavaScript, and the variants
 * (button-variants.ts, notice-variants.ts) are built so that none is needed there.
 */
export function cn(...inputs: CxOptions): string {
  return twMerge(cx(...inputs));
}

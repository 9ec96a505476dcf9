import { cva, type VariantProps } from "class-variance-authority";

/**
 * Every button and button-like link: one base (visible focus ring, dimmed when disabled), a
 * variant for what the press does and a size (`md` the 44 px touch target, `lg` the stopwatch's,
 * big enough to hit while running). Each class belongs to one part only, so a caller's
 * `className` (layout: `ml-auto`, `no-print`) never has to override one; that keeps
 * tailwind-merge (about 9 KB gzip) out of every page's JavaScript (docs/performance.md budget).
 */
export const buttonVariants = cva(
  "inline-flex items-center justify-center rounded-md py-2 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60",
  {
    variants: {
      variant: {
        primary: "bg-brand-600 text-white hover:bg-brand-700 focus-visible:outline-brand-600",
        secondary:
          "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 focus-visible:outline-brand-600",
        danger: "bg-red-700 text-white hover:bg-red-800 focus-visible:outline-red-700",
      },
      size: { md: "min-h-11 px-4", lg: "min-h-14 px-6 text-lg" },
    },
    defaultVariants: { variant: "primary", size: "md" },
  },
);

export type ButtonVariants = VariantProps<typeof buttonVariants>;
export type ButtonVariant = NonNullable<ButtonVariants["variant"]>;

import { cva, type VariantProps } from "class-variance-authority";

/**
 * A message set apart from the page: a form's outcome, a warning before a step that cannot be
 * undone, a hint. The colour only repeats what the words say (the role and text carry it).
 * `framed` is the bordered, roomier box for a notice that holds more than a sentence. A caller's
 * `className` adds layout only (`mb-4`, `flex`), never a colour or padding of its own.
 */
export const noticeVariants = cva("rounded-md", {
  variants: {
    tone: {
      success: "bg-emerald-50 text-emerald-900",
      error: "bg-red-50 text-red-800",
      info: "bg-sky-50 text-sky-900",
      warning: "bg-amber-50 text-amber-950",
    },
    framed: { true: "border p-3", false: "px-3 py-2" },
  },
  compoundVariants: [
    { tone: "success", framed: true, className: "border-emerald-700" },
    { tone: "error", framed: true, className: "border-red-700" },
    { tone: "info", framed: true, className: "border-sky-300" },
    { tone: "warning", framed: true, className: "border-amber-700" },
  ],
  defaultVariants: { tone: "info", framed: false },
});

export type NoticeVariants = VariantProps<typeof noticeVariants>;

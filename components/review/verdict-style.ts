import { cva } from "class-variance-authority";
import type { RepVerdict } from "@/lib/pacing";

/**
 * The colours of a verdict, kept out of lib/review (pure rules, no styling). Colour only repeats
 * what the words and symbol already say (lib/review/squad-grid.ts `cellLook`): some eyes, and
 * every black-and-white printout, see no colour at all.
 */
type VerdictKey = RepVerdict | "not-logged";

/** The verdict's words in a table or a rep block: dark enough for contrast on white. */
export const verdictText = cva("", {
  variants: {
    verdict: {
      "on-target": "text-emerald-800",
      "too-fast": "text-amber-800",
      "too-slow": "text-red-800",
      "not-run": "text-slate-600",
      incomplete: "text-slate-700",
    } satisfies Record<RepVerdict, string>,
  },
});

/** A squad-grid cell: a left colour band and a tint; a blank cell when nothing is logged. */
export const verdictCell = cva("rounded border-l-4", {
  variants: {
    verdict: {
      "on-target": "border-emerald-600 bg-emerald-50",
      "too-fast": "border-amber-500 bg-amber-50",
      "too-slow": "border-red-600 bg-red-50",
      incomplete: "border-slate-400 bg-slate-50",
      "not-run": "border-slate-300 bg-slate-100",
      "not-logged": "border-slate-200 bg-white",
    } satisfies Record<VerdictKey, string>,
  },
  defaultVariants: { verdict: "not-logged" },
});

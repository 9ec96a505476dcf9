import type { RepVerdict } from "@/lib/pacing";

/** How a verdict reads: words first, never colour alone; the symbol is decoration. */
export type VerdictLook = { words: string; symbol: string };

export const VERDICT: Record<RepVerdict, VerdictLook> = {
  "on-target": { words: "On target", symbol: "✓" },
  "too-fast": { words: "Too fast", symbol: "▲" },
  "too-slow": { words: "Too slow", symbol: "▼" },
  "not-run": { words: "Not run", symbol: "–" },
  incomplete: { words: "Not all laps timed", symbol: "…" },
};

/** A session with no result yet, where a squad grid shows verdicts. */
export const NOT_LOGGED: VerdictLook = { words: "Not logged", symbol: "○" };

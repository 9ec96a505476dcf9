/**
 * Reasons a file is turned away. Every reading step returns (never throws) a Refusal so the
 * import page can show the sentence as it is; readSession prefixes the file's name.
 */
export type Refusal = { ok: false; reason: string };

export const refuse = (reason: string): Refusal => ({ ok: false, reason });

export const isRefusal = (value: unknown): value is Refusal =>
  typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false;

/** Files past this are not a single run: a 4-hour 1 s FIT file is about 5 MB. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** An archive may not inflate past this (a small zip can expand to gigabytes). */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 50;

export const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Sports that are certainly not a run round a track. */
export function sportProblem(sport: string | null): string | null {
  if (!sport) return null;
  const s = sport.toLowerCase();
  if (s.includes("cycl") || s.includes("bik") || s === "biking") return "it is a cycling activity";
  if (s.includes("swim")) return "it is a swimming activity";
  return null;
}

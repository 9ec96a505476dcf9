import "server-only";
import { readImportFile, type ImportRead, type ImportRefusal } from "@/lib/devices";
import type { Units } from "@/lib/pacing";

export type { ImportRead, ImportRefusal } from "@/lib/devices";

/**
 * Reads an uploaded watch file on the server with the very function the log page ran in the
 * browser (readImportFile), so what is saved is what the user reviewed, read again from the bytes
 * the server received rather than taken from the browser's word. Never throws.
 */
export function readImport(
  upload: { name: string; bytes: Uint8Array },
  units: "METRIC" | "IMPERIAL" | Units,
  entry?: string,
): ImportRead | ImportRefusal {
  const unit: Units = units === "METRIC" || units === "metric" ? "metric" : "imperial";
  return readImportFile(upload, unit, entry);
}

import type { ImportRead, ImportRefusal } from "@/lib/devices/import-file";
import type { Units } from "@/lib/pacing";
import { MAX_IMPORT_BYTES, tooBigMessage } from "@/lib/validation/imports";

/** The file's bytes, reporting how much has been loaded (a 25 MB file takes a moment on a phone). */
export function loadBytes(file: Blob, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error("the browser could not read the file"));
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Reads an upload in the browser with the same reader the server runs when saving. The reader is
 * loaded only now (the FIT SDK and the XML parser stay out of the page's first load), and a turn
 * of the event loop lets the page show "Finding the reps…" before the work starts.
 */
export async function readUpload(
  file: File,
  units: Units,
  entry: string | undefined,
  onProgress: (stage: "loading" | "reading", fraction: number) => void,
): Promise<ImportRead | ImportRefusal> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, reason: tooBigMessage(file.name) };
  let bytes: Uint8Array;
  try {
    bytes = await loadBytes(file, (f) => onProgress("loading", f));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `${file.name} could not be opened (${message}).` };
  }
  onProgress("reading", 1);
  const [{ readImportFile }] = await Promise.all([
    import("@/lib/devices/import-file"),
    new Promise((resolve) => setTimeout(resolve, 30)),
  ]);
  return readImportFile({ name: file.name, bytes }, units, entry);
}

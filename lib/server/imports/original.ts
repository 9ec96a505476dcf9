import "server-only";
import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "fflate";

/** Hex SHA-256 of a file's bytes. */
export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * The idempotency key of an import: the same activity file saved for the same session is one
 * result, however often it is sent (two tabs, a retry, the coach and the athlete both). Shaped
 * as a UUID (version 8: derived by the app) so it passes the check every key passes.
 */
export function importKey(fileSha256: string, assignmentId: string): string {
  const hex = createHash("sha256").update(`import:${fileSha256}:${assignmentId}`).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The kept copy: gzip, since FIT, TCX and GPX files shrink to a third or less. */
export function packOriginal(file: { name: string; bytes: Uint8Array }) {
  return {
    fileName: file.name,
    sha256: sha256(file.bytes),
    size: file.bytes.length,
    gzip: gzipSync(file.bytes, { level: 6 }),
  };
}

export const unpackOriginal = (gzip: Uint8Array) => gunzipSync(gzip);

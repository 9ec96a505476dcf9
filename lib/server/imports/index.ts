/**
 * Importing a watch file as a session's result, on the server: read it (the same reader the log
 * page runs in the browser) and save it through the same checks as typed laps. The log page's
 * import and the coach's squad import both save through saveImport (docs/devices.md).
 */
export { readImport, type ImportRead, type ImportRefusal } from "./read-import";
export { ALREADY_IMPORTED, saveImport, type SaveImportInput } from "./save-import";
export { importKey, packOriginal, sha256, unpackOriginal } from "./original";

import type { Upload } from "./store";

/** One athlete's result on its way to the server, in words a coach at the track can read. */
export function UploadStatus({ upload, online }: { upload: Upload; online: boolean }) {
  const [text, tone] =
    upload.state === "saved"
      ? ["Saved ✓", "text-green-800"]
      : upload.state === "failed"
        ? [`Failed: ${upload.message ?? "unknown error"}`, "text-red-800"]
        : !online
          ? ["Waiting for connection", "text-amber-900"]
          : upload.state === "pending" && upload.message
            ? [upload.message, "text-amber-900"]
            : ["Uploading…", "text-slate-900"];
  return (
    <span role="status" className={`ml-auto font-semibold ${tone}`} data-testid="upload-status">
      {text}
    </span>
  );
}

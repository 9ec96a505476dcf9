import Link from "next/link";
import type { Upload } from "./store";

/**
 * One athlete's result on its way to the server, in words a coach at the track can read. A result
 * the server refused (a double tap under world-record pace, a forgotten jog over ten minutes) can
 * be corrected in the log form, which opens with this device's laps and the same upload key.
 */
export function UploadStatus({
  upload,
  online,
  fixHref,
}: {
  upload: Upload;
  online: boolean;
  fixHref: string;
}) {
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
    <span className="ml-auto flex flex-wrap items-center justify-end gap-x-3 text-right">
      <span role="status" className={`font-semibold ${tone}`} data-testid="upload-status">
        {text}
      </span>
      {upload.state === "failed" ? (
        <Link href={fixHref} className="text-brand-700 font-medium underline">
          Correct in the log form
        </Link>
      ) : null}
    </span>
  );
}

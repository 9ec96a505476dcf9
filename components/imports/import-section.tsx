"use client";
import { useCallback, useMemo, useState } from "react";
import type { ImportRead } from "@/lib/devices/import-file";
import { localStart } from "@/lib/devices/local-time";
import type { Prescription, Units } from "@/lib/pacing";
import { FilePicker } from "./file-picker";
import { ImportReader, type ReadState } from "./import-reader";
import { ImportSaveForm } from "./import-save-form";
import { readUpload } from "./read-upload";
import { ZipPicker } from "./zip-picker";

export type ImportSectionProps = {
  assignmentId: string;
  units: Units;
  prescription: Prescription;
  /** The session's calendar day, YYYY-MM-DD. */
  sessionDate: string;
  /** The viewer's zone: the activity's times are shown in it when the file carries no offset. */
  timeZone: string;
  /** A result is logged already: saving replaces it (the version it is based on). */
  existingVersion: number | null;
  /** The stored file of an imported result, to read again. */
  originalHref: string | null;
};

/**
 * "Import from watch" on the log page: choose or drop a file, watch it being read, review it
 * against the targets, regroup its laps, and save. Nothing is stored before Save; the server reads
 * the same bytes again with the same reader when saving.
 */
export function ImportSection(props: ImportSectionProps) {
  const { units, originalHref } = props;
  const [state, setState] = useState<ReadState>({ stage: "idle" });

  const read = useCallback(
    async (file: File, entry?: string) => {
      setState({ stage: "loading", file, fraction: 0 });
      const result = await readUpload(file, units, entry, (stage, fraction) =>
        setState({ stage, file, fraction }),
      );
      if (result.ok) setState({ stage: "read", file, entry, read: result });
      else if (result.entries?.length)
        setState({ stage: "pick", file, entries: result.entries, reason: result.reason });
      else setState({ stage: "refused", file, reason: result.reason });
    },
    [units],
  );

  const reread = useCallback(async () => {
    if (!originalHref) return;
    setState({ stage: "loading", file: null, fraction: 0 });
    const response = await fetch(originalHref, { credentials: "same-origin" }).catch(() => null);
    if (!response?.ok) {
      setState({ stage: "refused", file: null, reason: "The stored file could not be fetched." });
      return;
    }
    const name =
      /filename\*=UTF-8''([^;]+)/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ??
      "original";
    const blob = await response.blob();
    await read(new File([blob], decodeURIComponent(name)));
  }, [originalHref, read]);

  const busy = state.stage === "loading" || state.stage === "reading";
  return (
    <div className="flex flex-col gap-4">
      <p id="import-hint" className="text-slate-700">
        The file your watch recorded (from Garmin Connect, COROS, Polar Flow, Suunto or Strava:
        &ldquo;Export original&rdquo;). It is read here first; nothing is saved until you press
        Save.
      </p>
      <FilePicker onFile={(file) => void read(file)} disabled={busy} describedBy="import-hint" />
      {originalHref ? (
        <p>
          <button
            type="button"
            className="text-brand-700 underline"
            onClick={() => void reread()}
            disabled={busy}
          >
            Read the stored file again
          </button>
        </p>
      ) : null}
      <ImportReader state={state} />
      {state.stage === "pick" ? (
        <ZipPicker
          fileName={state.file.name}
          entries={state.entries}
          onPick={(entry) => void read(state.file, entry)}
        />
      ) : null}
      {state.stage === "read" ? (
        <Review key={`${state.file.name}:${state.entry ?? ""}`} {...props} state={state} />
      ) : null}
    </div>
  );
}

function Review({
  state,
  ...props
}: ImportSectionProps & { state: { file: File; entry?: string; read: ImportRead } }) {
  const { read } = state;
  const clock = useMemo(() => {
    return (seconds: number) => {
      const start = localStart(read.provenance, props.timeZone, seconds);
      return start ? start.clock : `${Math.round(seconds)} s`;
    };
  }, [read.provenance, props.timeZone]);
  return (
    <ImportSaveForm {...props} file={state.file} entry={state.entry} read={read} clock={clock} />
  );
}

"use client";
import { useState, useTransition } from "react";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import { initialActionState } from "@/lib/action-state";
import type { ImportRead } from "@/lib/devices/import-file";
import { localStart } from "@/lib/devices/local-time";
import type { Units } from "@/lib/pacing";
import { saveSquadImport } from "@/lib/server/actions/save-squad-import";
import { MAX_BATCH_FILES, type FileOutcome } from "@/lib/validation/squad-import";
import { BatchRow, type Entry } from "./batch-row";
import { suggestAthlete, type Candidate } from "./batch-suggest";
import { readUpload } from "./read-upload";

/** One request stays well under the server's 26 MB body limit (docs/devices.md). */
const CHUNK_BYTES = 20 * 1024 * 1024;

/**
 * The coach's squad import for one session date: drop many files, watch them being read, confirm
 * the suggested athlete for each, review each against that athlete's targets, then save all.
 * Each file is saved on its own (lib/server/actions/save-squad-import.ts).
 */
export function BatchImport({
  squadId,
  date,
  units,
  timeZone,
  candidates,
}: {
  squadId: string;
  date: string;
  units: Units;
  timeZone: string;
  candidates: (Candidate & { logged: boolean })[];
}) {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [saving, startSaving] = useTransition();

  async function addFiles(list: FileList | null) {
    const files = [...(list ?? [])].slice(0, MAX_BATCH_FILES - entries.length);
    if (!files.length) return;
    setProgress({ done: 0, total: files.length });
    const taken = new Set(entries.map((e) => e.assignmentId).filter(Boolean));
    for (const [i, file] of files.entries()) {
      // One after another: the page stays responsive and the count moves as each is read.
      const read = await readUpload(file, units, undefined, () => undefined);
      const entry = toEntry(file, read, taken);
      if (entry.assignmentId) taken.add(entry.assignmentId);
      setEntries((now) => [...now, entry]);
      setProgress({ done: i + 1, total: files.length });
    }
    setProgress(null);
  }

  function toEntry(file: File, read: Awaited<ReturnType<typeof readUpload>>, taken: Set<string>) {
    const key = `${file.name}-${file.size}-${Math.random()}`;
    if (!read.ok) return { key, file, read: null, problem: read.reason, assignmentId: "", why: "" };
    const suggestion = suggestAthlete(
      {
        name: file.name,
        device: read.provenance.device,
        repSeconds: read.reading.reps.map((r) => r?.seconds ?? null),
      },
      candidates,
      taken,
    );
    const start = localStart(read.provenance, timeZone);
    return {
      key,
      file,
      read: read satisfies ImportRead,
      problem: null,
      assignmentId: suggestion?.assignmentId ?? "",
      why: suggestion?.why ?? "",
      status: read.reading.status === "completed" ? "COMPLETED" : "PARTIAL",
      otherDay: start && start.date !== date ? start.date : null,
      confirmOtherDay: false,
    } as Entry;
  }

  const update = (key: string, change: Partial<Entry>) =>
    setEntries((now) => now.map((e) => (e.key === key ? { ...e, ...change } : e)));
  const ready = entries.filter((e) => e.read && e.assignmentId && !e.outcome?.ok);
  const chosen = ready.map((e) => e.assignmentId);
  const clash = chosen.length !== new Set(chosen).size;

  function saveAll() {
    startSaving(async () => {
      const all: { key: string; outcome: FileOutcome }[] = [];
      const chunks: Entry[][] = [[]];
      let size = 0;
      for (const e of ready) {
        if (size + e.file.size > CHUNK_BYTES && chunks.at(-1)!.length) {
          chunks.push([]);
          size = 0;
        }
        chunks.at(-1)!.push(e);
        size += e.file.size;
      }
      for (const chunk of chunks) {
        const form = new FormData();
        form.set("squadId", squadId);
        for (const e of chunk) {
          form.append("files", e.file);
          form.append("assignmentIds", e.assignmentId);
          form.append("statuses", e.status ?? "COMPLETED");
          if (e.confirmOtherDay) form.append("confirmOtherDay", e.assignmentId);
        }
        const state = await saveSquadImport(initialActionState, form);
        if (!state.ok) {
          setMessage(state.message ?? "The files could not be saved.");
          return;
        }
        const results = JSON.parse(state.data?.results ?? "[]") as FileOutcome[];
        results.forEach((outcome, i) => all.push({ key: chunk[i]!.key, outcome }));
      }
      setEntries((now) =>
        now.map((e) => ({ ...e, outcome: all.find((a) => a.key === e.key)?.outcome ?? e.outcome })),
      );
      setMessage(`${all.filter((a) => a.outcome.ok).length} of ${all.length} files saved.`);
    });
  }

  return (
    <section aria-labelledby="batch-heading" className="space-y-4">
      <h2 id="batch-heading" className="text-lg font-semibold">
        Files for {date}
      </h2>
      <div
        className="rounded border-2 border-dashed border-zinc-300 p-6 text-center"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void addFiles(e.dataTransfer.files);
        }}
      >
        <p>Drop the watch files here (.fit, .tcx, .gpx, gzipped or zipped), or</p>
        <label className={`${buttonSecondary} mt-2 inline-block cursor-pointer`}>
          Choose files
          <input
            type="file"
            multiple
            accept=".fit,.tcx,.gpx,.gz,.zip"
            className="sr-only"
            onChange={(e) => void addFiles(e.target.files).then(() => (e.target.value = ""))}
          />
        </label>
      </div>
      {progress ? (
        <p role="status">
          Reading {progress.done} of {progress.total} files…
          <progress className="ml-2 align-middle" value={progress.done} max={progress.total} />
        </p>
      ) : null}
      {entries.length === 0 && !progress ? (
        <p className="text-zinc-600">
          No files yet. Each file is read here, nothing is sent before you save.
        </p>
      ) : null}
      <ul className="space-y-3">
        {entries.map((e) => (
          <BatchRow
            key={e.key}
            entry={e}
            candidates={candidates}
            onChange={(change) => update(e.key, change)}
            onRemove={() => setEntries((now) => now.filter((x) => x.key !== e.key))}
          />
        ))}
      </ul>
      {clash ? <p role="alert">Two files are set for the same athlete: choose one.</p> : null}
      {message ? <p role="status">{message}</p> : null}
      {ready.length ? (
        <button
          type="button"
          className={buttonPrimary}
          disabled={saving || clash || !!progress}
          onClick={saveAll}
        >
          {saving ? "Saving…" : `Save all (${ready.length})`}
        </button>
      ) : null}
    </section>
  );
}

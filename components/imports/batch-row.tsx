"use client";
import { buttonSecondary, inputClass } from "@/components/ui/styles";
import type { ImportRead } from "@/lib/devices/import-file";
import { formatTime } from "@/lib/pacing";
import type { FileOutcome } from "@/lib/validation/squad-import";
import type { Candidate } from "./batch-suggest";

export type Entry = {
  key: string;
  file: File;
  read: ImportRead | null;
  /** Why the file cannot be imported (read in the browser), or null. */
  problem: string | null;
  assignmentId: string;
  why: string;
  status?: "COMPLETED" | "PARTIAL" | "ABANDONED";
  /** The activity's own date when it is not the session's. */
  otherDay?: string | null;
  confirmOtherDay?: boolean;
  outcome?: FileOutcome;
};

/** One file of the batch: who it is for, its reps against that athlete's targets, its problems. */
export function BatchRow({
  entry,
  candidates,
  onChange,
  onRemove,
}: {
  entry: Entry;
  candidates: (Candidate & { logged: boolean })[];
  onChange: (change: Partial<Entry>) => void;
  onRemove: () => void;
}) {
  const id = `batch-${entry.key.replace(/[^a-zA-Z0-9-]/g, "")}`;
  const athlete = candidates.find((c) => c.assignmentId === entry.assignmentId);
  const reps = entry.read?.reading.reps ?? [];
  const problems = [
    entry.problem,
    entry.read && !entry.assignmentId ? "Choose the athlete this file is for." : null,
    athlete?.logged
      ? `${athlete.name}'s session is already logged: saving leaves it as it is.`
      : null,
    entry.otherDay && !entry.confirmOtherDay
      ? `The activity started on ${entry.otherDay}, not on the session's day.`
      : null,
    entry.outcome && !entry.outcome.ok ? entry.outcome.message : null,
  ].filter((p): p is string => !!p);
  return (
    <li className="rounded border border-zinc-200 p-3" aria-labelledby={`${id}-name`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`${id}-name`} className="font-medium break-all">
          {entry.file.name}
        </h3>
        {entry.outcome?.ok ? (
          <span className="text-green-800">{entry.outcome.message}</span>
        ) : (
          <button type="button" className={buttonSecondary} onClick={onRemove}>
            Remove<span className="sr-only"> {entry.file.name}</span>
          </button>
        )}
      </div>
      {entry.read ? (
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          <label className="block" htmlFor={`${id}-athlete`}>
            Athlete
            <select
              id={`${id}-athlete`}
              className={inputClass}
              value={entry.assignmentId}
              disabled={!!entry.outcome?.ok}
              onChange={(e) => onChange({ assignmentId: e.target.value, why: "" })}
            >
              <option value="">Choose…</option>
              {candidates.map((c) => (
                <option key={c.assignmentId} value={c.assignmentId}>
                  {c.name}
                </option>
              ))}
            </select>
            {entry.why ? (
              <span className="text-sm text-zinc-600">Suggested: {entry.why}</span>
            ) : null}
          </label>
          <label className="block" htmlFor={`${id}-status`}>
            Status
            <select
              id={`${id}-status`}
              className={inputClass}
              value={entry.status}
              disabled={!!entry.outcome?.ok}
              onChange={(e) => onChange({ status: e.target.value as Entry["status"] })}
            >
              <option value="COMPLETED">Completed</option>
              <option value="PARTIAL">Partial</option>
              <option value="ABANDONED">Abandoned</option>
            </select>
          </label>
          <p className="text-sm text-zinc-700 sm:col-span-2">
            {entry.read.reading.notes.join("; ")}
          </p>
          <ol className="grid grid-cols-2 gap-1 text-sm sm:col-span-2 sm:grid-cols-4">
            {reps.map((rep, k) => {
              const target = athlete?.prescription.reps[k]?.targetSeconds;
              return (
                <li key={k}>
                  Rep {k + 1}: {rep ? formatTime(rep.seconds) : "not run"}
                  {rep && target ? (
                    <span className="text-zinc-600"> (target {formatTime(target)})</span>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {entry.otherDay ? (
            <label className="flex items-center gap-2 sm:col-span-2">
              <input
                type="checkbox"
                checked={!!entry.confirmOtherDay}
                onChange={(e) => onChange({ confirmOtherDay: e.target.checked })}
              />
              Save it for this session anyway
            </label>
          ) : null}
        </div>
      ) : null}
      {problems.length ? (
        <ul
          className="mt-2 list-disc pl-5 text-red-800"
          aria-label={`Problems with ${entry.file.name}`}
        >
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

"use client";
import { paths } from "@/lib/paths";
import { formatDelta, formatTime, type AthleteView } from "@/lib/pacing";
import { StopControl } from "./stop-control";
import { UploadStatus } from "./upload-status";
import type { Upload } from "./store";
import { plural } from "@/lib/format/plural";

const small =
  "inline-flex min-h-11 min-w-16 items-center justify-center rounded-md border-2 border-slate-900 bg-white px-3 font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:border-slate-300 disabled:text-slate-400";

/** Faster than target reads green, slower red; words carry it too ("+1.2 s" / "-0.8 s"). */
const deltaClass = (d: number) =>
  d > 0.05 ? "text-red-800" : d < -0.05 ? "text-green-800" : "text-slate-900";

function Delta({ label, seconds }: { label: string; seconds: number }) {
  return (
    <span>
      {label} <b className={deltaClass(seconds)}>{formatDelta(seconds)}</b>
    </span>
  );
}

export function AthleteTile({
  assignmentId,
  index,
  name,
  view,
  upload,
  tapIgnored,
  online,
  canUndo,
  onTap,
  onUndo,
  onStop,
}: {
  assignmentId: string;
  index: number;
  name: string;
  view: AthleteView;
  upload: Upload | undefined;
  tapIgnored: boolean;
  online: boolean;
  canUndo: boolean;
  onTap: () => void;
  onUndo: () => void;
  onStop: (abandoned: boolean) => void;
}) {
  const done = view.phase === "finished" || view.phase === "stopped";
  const action = view.phase === "waiting" ? "Go" : done ? view.nextLabel : `end ${view.nextLabel}`;
  const big =
    view.phase === "waiting"
      ? "Tap to start"
      : formatTime(view.runningSeconds ?? view.elapsedSeconds ?? 0, { decimals: 1 });
  return (
    <li className="flex flex-col overflow-hidden rounded-xl border-2 border-slate-900 bg-white">
      <button
        type="button"
        onClick={onTap}
        disabled={done}
        aria-label={`${name}: ${action}`}
        className="flex min-h-32 w-full flex-1 flex-col items-start gap-1 p-3 text-left text-slate-950 focus-visible:outline-4 focus-visible:-outline-offset-4 focus-visible:outline-blue-700 active:bg-yellow-200 disabled:bg-slate-100"
      >
        <span className="flex w-full items-baseline justify-between gap-2">
          <span className="truncate text-lg font-bold">{name}</span>
          {index < 9 ? (
            <kbd className="hidden rounded border border-slate-400 px-1.5 text-sm sm:inline">
              {index + 1}
            </kbd>
          ) : null}
        </span>
        <span className="text-base font-semibold" data-testid="lap-label">
          {view.phase === "waiting" ? "Waiting to start" : view.nextLabel}
        </span>
        <span className="tabular text-5xl leading-tight font-bold" aria-hidden>
          {big}
        </span>
        <span className="tabular flex flex-wrap gap-x-4 text-base">
          {view.last ? (
            <>
              <span>
                Last {formatTime(view.last.seconds, { decimals: 1 })}{" "}
                <b className={deltaClass(view.last.delta)}>{formatDelta(view.last.delta)}</b>
              </span>
              {/* On a rep's first lap the split is the lap: said once. */}
              {view.splitDelta !== null &&
              view.last.slot.kind === "rep" &&
              view.last.slot.lapIndex > 0 ? (
                <Delta label="Split" seconds={view.splitDelta} />
              ) : null}
            </>
          ) : (
            <span className="text-slate-700">{done ? "No laps" : "No laps yet"}</span>
          )}
          <span className="text-slate-700">{plural(view.laps.length, "lap")}</span>
        </span>
      </button>
      <div className="flex flex-wrap items-center gap-2 border-t-2 border-slate-900 bg-slate-50 p-2">
        <button
          type="button"
          className={small}
          onClick={onUndo}
          disabled={!canUndo || view.phase === "waiting"}
        >
          Undo<span className="sr-only"> {name}&apos;s last tap</span>
        </button>
        {tapIgnored && view.phase === "running" ? (
          <span role="status" className="font-semibold text-amber-900">
            Tap ignored: too soon for a lap
          </span>
        ) : null}
        {view.phase === "running" ? (
          <StopControl name={name} hasRepLaps={view.laps.length > 0} onStop={onStop} />
        ) : null}
        {upload ? (
          <UploadStatus
            upload={upload}
            online={online}
            fixHref={paths.sessionLog(assignmentId, { from: "stopwatch" })}
          />
        ) : null}
      </div>
    </li>
  );
}

"use client";

import { useMemo, useState } from "react";
import {
  recoveryPoints,
  repPoints,
  yDomain,
  type SessionChartPoint,
} from "@/lib/review/session-chart-data";
import { SessionChartLegend } from "./session-chart-legend";
import { SessionChartPanel } from "./session-chart-panel";

/**
 * Every lap of one session against its target, shaped on the server (toSessionChartData). The
 * rep summary table beside it and the rep-by-rep analysis below are the accessible alternative;
 * here each point is still a Tab stop that announces its time, target and delta.
 */
export function SessionChart({ data }: { data: SessionChartPoint[] }) {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const reps = useMemo(() => repPoints(data), [data]);
  const jogs = useMemo(() => recoveryPoints(data), [data]);
  const repDomain = useMemo(() => yDomain(data, "rep"), [data]);
  const jogDomain = useMemo(() => yDomain(data, "recovery", 3), [data]);
  const focused = data.find((p) => p.id === focusedId);
  const run = data.filter((p) => p.actualSeconds !== null).length;
  if (run === 0) {
    return (
      <p className="text-slate-700">
        No lap times were logged for this session, so there is nothing to chart yet. Edit the result
        and type each lap (or the splits) to see every lap against its target.
      </p>
    );
  }
  return (
    <figure className="m-0 flex flex-col gap-3" aria-labelledby="session-chart-caption">
      <figcaption id="session-chart-caption" className="text-sm text-slate-700">
        Each lap against its target ({run} of {data.length} laps timed). Numbers over the points are
        seconds off target: plus is slower. Tab through the points to hear each one.
      </figcaption>
      <SessionChartLegend />
      <div role="group" aria-label="Rep laps" data-chart="reps">
        <h3 className="text-sm font-semibold text-slate-800">Rep laps (seconds per lap)</h3>
        <SessionChartPanel
          points={reps}
          domain={repDomain}
          height={280}
          band="#a7f3d0"
          onFocusPoint={setFocusedId}
        />
      </div>
      {jogs.length > 0 ? (
        <div role="group" aria-label="Recovery jogs" data-chart="recoveries">
          <h3 className="text-sm font-semibold text-slate-800">
            Recovery jogs (own scale: a jog lap takes about twice as long)
          </h3>
          <SessionChartPanel
            points={jogs}
            domain={jogDomain}
            height={180}
            band="#fde68a"
            onFocusPoint={setFocusedId}
          />
        </div>
      ) : null}
      <p className="tabular min-h-6 text-sm text-slate-800" aria-hidden="true">
        {focused ? focused.spoken : "\u00a0"}
      </p>
    </figure>
  );
}

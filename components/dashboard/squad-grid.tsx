"use client";

import { paths } from "@/lib/paths";
import Link from "next/link";
import { Fragment } from "react";
import { VERDICT } from "@/lib/review/verdict";
// Leaf modules, not the lib/pacing index, which would bring zod and every rule to the browser.
import { repDistanceLabel, REP_LAPS, type Units } from "@/lib/pacing/units";
import type { DashboardRow } from "@/lib/server/data/squad-dashboard";
import { GridCell } from "./grid-cell";

const STATUS = {
  logged: { symbol: "✓", words: "Logged" },
  missed: { symbol: "✕", words: "Missed" },
  "not logged": { symbol: "○", words: "Not logged yet" },
} as const;

const RESULT = { COMPLETED: "", PARTIAL: " (partial)", ABANDONED: " (abandoned)" } as const;

/**
 * The squad x rep grid for one session date. The table scrolls sideways in its own focusable box
 * on a phone, with the athlete column pinned, so the page itself never does.
 *
 * A client component although it needs no state: its rows then travel to the browser as their
 * data instead of as the server's element tree (each cell's markup twice, once in the HTML and
 * once in the RSC payload). For 60 athletes on a logged day that halved the coach's home (970 ->
 * 540 KB, 343 -> 219 ms: docs/performance.md); the grid's code is a few KB.
 */
export function SquadGrid({ rows, units }: { rows: DashboardRow[]; units: Units }) {
  const labels = REP_LAPS.map((laps) => repDistanceLabel(units, laps));
  return (
    <div
      // relative: the screen-reader-only labels (absolutely positioned) scroll with the table
      // instead of widening the page.
      role="region"
      aria-label="Squad results by rep"
      tabIndex={0}
      className="focus-visible:outline-brand-600 relative max-w-full overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2"
    >
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">
          Each athlete&apos;s rep times with the difference from target; open a cell for its laps.
        </caption>
        <thead>
          <tr className="border-b border-slate-200 text-sm text-slate-700">
            <th scope="col" className="sticky left-0 z-10 bg-white px-3 py-2">
              Athlete
            </th>
            {labels.map((label, i) => (
              <th key={label} scope="col" className="min-w-28 px-1 py-2">
                Rep {i + 1} · {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const status = STATUS[row.status];
            return (
              <tr key={row.assignmentId} className="border-b border-slate-100 align-top">
                <th
                  scope="row"
                  className="sticky left-0 z-10 max-w-36 bg-white px-3 py-2 font-normal shadow-[1px_0_0_var(--color-slate-200)]"
                >
                  <Link
                    href={paths.session(row.assignmentId)}
                    className="text-brand-700 font-medium underline"
                  >
                    {row.athlete.name}
                  </Link>
                  <span className="block text-sm text-slate-700">
                    <span aria-hidden="true">{status.symbol}</span> {status.words}
                    {row.result ? RESULT[row.result] : ""}
                  </span>
                </th>
                {row.reps.map((rep, i) => (
                  <td key={i} className="p-1">
                    <GridCell rep={rep} label={`Rep ${i + 1}`} context={row.context?.[i]} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const LEGEND = ["on-target", "too-fast", "too-slow", "incomplete"] as const;

/** What the symbols and colour bands mean, in words. */
export function GridLegend() {
  return (
    <p className="text-sm text-slate-700">
      {LEGEND.map((verdict) => (
        <Fragment key={verdict}>
          <span aria-hidden="true">{VERDICT[verdict].symbol}</span>{" "}
          {VERDICT[verdict].words.toLowerCase()} ·{" "}
        </Fragment>
      ))}
      delta = time minus target (+ is slow). Open a time for its laps.
    </p>
  );
}

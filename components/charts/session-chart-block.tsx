import type { ReactNode } from "react";
import type { SessionAnalysis } from "@/lib/pacing";
import { SessionRepSummary } from "./session-rep-summary";

/**
 * A session chart with its summary table: side by side on a wide screen, stacked on a phone.
 * The chart comes in as a slot: the session page renders it at once, the dashboard lazily.
 */
export function SessionChartBlock({
  chart,
  analysis,
}: {
  chart: ReactNode;
  analysis: SessionAnalysis;
}) {
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      {chart}
      {/* self-start: a stretched grid item would stretch the table's rows to the chart's height. */}
      <div className="self-start">
        <SessionRepSummary analysis={analysis} />
      </div>
    </div>
  );
}

"use client";

import { memo } from "react";
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
  type TooltipContentProps,
} from "recharts";
import { formatTime } from "@/lib/pacing";
import type { SessionChartPoint } from "@/lib/review/session-chart-data";
import { SessionChartMarker } from "./session-chart-marker";

type PanelProps = {
  points: SessionChartPoint[];
  domain: [number, number];
  height: number;
  /** Band colour: green for reps, amber for the one-sided jog band. */
  band: string;
  onFocusPoint: (id: string | null) => void;
};

/**
 * Memoised so that focusing a point (which updates the caption in the parent) does not re-render
 * the chart: Recharts would remount the focused marker and drop the focus.
 *
 * One chart of lap times against targets: the window as a shaded band, the target dashed, the
 * laps run as a line of focusable markers. Reps and jogs get a panel each, because a jog lap
 * takes about twice as long and would flatten the differences that matter on the reps.
 */
export const SessionChartPanel = memo(function SessionChartPanel({
  points,
  domain,
  height,
  band,
  onFocusPoint,
}: PanelProps) {
  return (
    <ComposedChart
      responsive
      data={points}
      style={{ width: "100%", height }}
      margin={{ top: 18, right: 8, bottom: 4, left: 0 }}
      // Each marker is its own Tab stop with a label; Recharts' arrow-key layer would add a
      // second, unlabelled way into the same points.
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis
        dataKey="id"
        interval={0}
        padding={{ left: 20, right: 20 }}
        height={36}
        tick={(props: TickInput) => <LapTick {...props} points={points} />}
        tickLine={false}
      />
      <YAxis
        domain={domain}
        width={44}
        // Rep laps read as seconds ("96"), as coaches call them; jogs as minutes ("3:12").
        tickFormatter={(value: number) =>
          value < 120 ? String(value) : formatTime(value, { decimals: 0 })
        }
        tick={{ fontSize: 11, fill: "#334155" }}
        allowDecimals={false}
      />
      <Area
        dataKey="window"
        name="Window"
        fill={band}
        fillOpacity={0.5}
        stroke="none"
        isAnimationActive={false}
        activeDot={false}
      />
      <Line
        dataKey="targetSeconds"
        name="Target"
        stroke="#475569"
        strokeDasharray="5 4"
        strokeWidth={1.5}
        dot={false}
        activeDot={false}
        isAnimationActive={false}
      />
      <Line
        dataKey="actualSeconds"
        name="Actual"
        stroke="#1e40af"
        strokeWidth={1.5}
        connectNulls={false}
        isAnimationActive={false}
        activeDot={false}
        dot={(props: DotItemDotProps) => {
          // Recharts types the row as any; it is one of `points`, which this panel was given.
          const payload = props.payload as SessionChartPoint | undefined;
          return (
            <SessionChartMarker
              key={payload?.id ?? props.index}
              cx={props.cx}
              cy={props.cy}
              payload={payload}
              onFocusPoint={onFocusPoint}
            />
          );
        }}
      />
      <Tooltip content={ChartTooltip} cursor={{ stroke: "#94a3b8" }} />
    </ComposedChart>
  );
});

type TickInput = { x?: number | string; y?: number | string; index?: number };

/** Lap number under each point, the rep's name under its first lap ("Jog 1" for a jog). */
function LapTick({ x, y, index, points }: TickInput & { points: SessionChartPoint[] }) {
  const point = index === undefined ? undefined : points[index];
  if (!point) return <g />;
  const [first, second] =
    point.kind === "recovery"
      ? [point.label, ""]
      : [`L${point.lapIndex + 1}`, point.lapIndex === 0 ? point.label.split(" · ")[0] : ""];
  return (
    <text x={Number(x)} y={Number(y) + 12} textAnchor="middle" fontSize={11} fill="#334155">
      <tspan x={Number(x)}>{first}</tspan>
      {second ? (
        <tspan x={Number(x)} dy={13} fontWeight={600}>
          {second}
        </tspan>
      ) : null}
    </text>
  );
}

function ChartTooltip({ active, payload }: TooltipContentProps) {
  const point = payload[0]?.payload as SessionChartPoint | undefined;
  if (!active || !point) return null;
  const [fastest, slowest] = point.window;
  return (
    <div className="tabular rounded-md border border-slate-300 bg-white p-2 text-sm shadow">
      <p className="font-semibold">{point.label}</p>
      <p>
        {point.actualSeconds === null ? "Not timed" : formatTime(point.actualSeconds)}{" "}
        {point.actualSeconds === null ? null : `(${point.deltaLabel} s, ${point.verdict})`}
      </p>
      <p className="text-slate-600">
        Target {formatTime(point.targetSeconds)} · window {formatTime(fastest)}–
        {formatTime(slowest)}
      </p>
    </div>
  );
}

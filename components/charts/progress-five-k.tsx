"use client";

import {
  CartesianGrid,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from "recharts";
import { formatTime } from "@/lib/pacing";
import type { FiveKPoint } from "@/lib/review/progress-data";
import { CHART_PROPS, timeAxisProps, VALUE_AXIS_PROPS } from "./progress-axes";
import { fullDate } from "./progress-linked-chart";

export const SOURCE = {
  RACE: "race",
  TIME_TRIAL: "time trial",
  ESTIMATE: "estimate",
  RECALIBRATION: "recalibration",
} as const;

/** A recalibration is a diamond with an "R", other marks a dot: shape and letter, not colour alone. */
function MarkDot({ cx, cy, payload }: { cx?: number; cy?: number; payload?: FiveKPoint }) {
  if (cx == null || cy == null || !payload || payload.end) return <g />;
  if (!payload.recalibration) {
    return <circle cx={cx} cy={cy} r={5} fill="#0f766e" stroke="white" strokeWidth={1.5} />;
  }
  return (
    <g>
      <path
        d={`M${cx},${cy - 8} L${cx + 8},${cy} L${cx},${cy + 8} L${cx - 8},${cy} Z`}
        fill="#7c2d12"
      />
      <text x={cx} y={cy + 4} textAnchor="middle" fontSize={10} fontWeight={700} fill="white">
        R
      </text>
    </g>
  );
}

export const describeMark = (m: FiveKPoint) =>
  `${formatTime(m.fiveK)} 5K, ${SOURCE[m.source]}, ${m.carried ? "set " : ""}${fullDate(Date.parse(`${m.date}T00:00:00Z`))}`;

/** The 5K mark over time as a step line: each mark holds until the next. */
export function FiveKChart({ points, domain }: { points: FiveKPoint[]; domain: [number, number] }) {
  return (
    <div className="h-48 w-full" aria-hidden="true">
      <LineChart {...CHART_PROPS} data={points}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis {...timeAxisProps(domain)} />
        <YAxis
          {...VALUE_AXIS_PROPS}
          reversed
          tickFormatter={(v: number) => formatTime(v, { decimals: 0 })}
        />
        <Line
          dataKey="fiveK"
          type="stepAfter"
          stroke="#0f766e"
          strokeWidth={2}
          dot={(p: DotItemDotProps) => (
            <MarkDot key={p.index} cx={p.cx} cy={p.cy} payload={p.payload as FiveKPoint} />
          )}
          activeDot={false}
          isAnimationActive={false}
        />
        <Tooltip
          content={({ active, payload }) => {
            const m = payload?.[0]?.payload as FiveKPoint | undefined;
            return active && m && !m.end ? (
              <p className="tabular rounded border border-slate-300 bg-white px-2 py-1 text-sm shadow">
                {describeMark(m)}
              </p>
            ) : null;
          }}
        />
      </LineChart>
    </div>
  );
}

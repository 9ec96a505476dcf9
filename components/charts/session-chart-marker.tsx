"use client";

import type { LapVerdict, SessionChartPoint } from "@/lib/review/session-chart-data";

/** What Recharts hands a Line's custom dot (only the fields used here). */
export type MarkerInput = {
  cx?: number | null;
  cy?: number | null;
  payload?: SessionChartPoint;
};

type MarkerProps = MarkerInput & {
  onFocusPoint: (id: string | null) => void;
};

/** The shape carries the verdict too, so colour is never the only signal. */
export const MARKER: Record<LapVerdict, { fill: string; shape: "circle" | "up" | "down" }> = {
  "on pace": { fill: "#047857", shape: "circle" },
  "jog ok": { fill: "#047857", shape: "circle" },
  fast: { fill: "#b45309", shape: "up" },
  slow: { fill: "#b91c1c", shape: "down" },
  faded: { fill: "#b91c1c", shape: "down" },
  "not run": { fill: "#64748b", shape: "circle" },
};

/**
 * One lap's point: focusable with Tab (its label is what a screen reader announces), with the
 * delta printed above it. Recoveries are drawn as diamonds so they read as a different thing.
 */
export function SessionChartMarker({ cx, cy, payload, onFocusPoint }: MarkerProps) {
  if (cx == null || cy == null || !payload || payload.actualSeconds === null) return <g />;
  const marker = MARKER[payload.verdict];
  const recovery = payload.kind === "recovery";
  return (
    <g
      tabIndex={0}
      role="img"
      aria-label={payload.spoken}
      data-point={payload.id}
      data-kind={payload.kind}
      className="group cursor-pointer outline-none"
      onFocus={() => onFocusPoint(payload.id)}
      onBlur={() => onFocusPoint(null)}
    >
      {/* The focus ring is CSS, not state: re-rendering the chart on focus would remount the point. */}
      <circle
        cx={cx}
        cy={cy}
        r={12}
        fill="none"
        stroke="#1e3a8a"
        strokeWidth={2.5}
        className="opacity-0 group-focus:opacity-100"
      />
      <Shape cx={cx} cy={cy} shape={recovery ? "diamond" : marker.shape} fill={marker.fill} />
      <text
        x={cx}
        y={cy - 11}
        textAnchor="middle"
        fontSize={11}
        fontWeight={600}
        fill="#0f172a"
        aria-hidden="true"
      >
        {payload.deltaLabel}
      </text>
    </g>
  );
}

type ShapeName = "circle" | "up" | "down" | "diamond";

function Shape({
  cx,
  cy,
  shape,
  fill,
}: {
  cx: number;
  cy: number;
  shape: ShapeName;
  fill: string;
}) {
  const r = 6;
  const stroke = { stroke: "#ffffff", strokeWidth: 1.5 };
  if (shape === "circle") return <circle cx={cx} cy={cy} r={r - 1} fill={fill} {...stroke} />;
  const points =
    shape === "up"
      ? `${cx},${cy - r} ${cx + r},${cy + r - 1} ${cx - r},${cy + r - 1}`
      : shape === "down"
        ? `${cx - r},${cy - r + 1} ${cx + r},${cy - r + 1} ${cx},${cy + r}`
        : `${cx},${cy - r - 1} ${cx + r},${cy} ${cx},${cy + r + 1} ${cx - r},${cy}`;
  return <polygon points={points} fill={fill} {...stroke} />;
}

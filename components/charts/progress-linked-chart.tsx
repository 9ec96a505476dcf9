"use client";

import { paths } from "@/lib/paths";
import { useRef, useState } from "react";
import { dayOfMs, mediumDay } from "@/lib/dates";
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from "recharts";
import { CHART_PROPS, timeAxisProps, VALUE_AXIS_PROPS } from "./progress-axes";
import { ProgressPoint, nextPoint } from "./progress-point";

export type LinkedDatum = { t: number; assignmentId: string; value: number | null } & Record<
  string,
  unknown
>;

type Props = {
  data: LinkedDatum[];
  domain: [number, number];
  /** A second, dashed step line drawn from this key (the target). */
  stepKey?: string;
  reference?: { y: number; label: string };
  formatY: (value: number) => string;
  /** Words for a point: its link's accessible name and its tooltip. */
  describe: (datum: LinkedDatum) => string;
  flagged?: (datum: LinkedDatum) => boolean;
  /** A labelled vertical line at one time (the best session). */
  marker?: { x: number; label: string };
};

/** With the year, for labels that are read alone (a point's name, a tooltip). */
export const fullDate = (t: number) => mediumDay(dayOfMs(t));

/**
 * A time-scaled line whose points link to their sessions. Recharts' own accessibility layer is off:
 * it makes the whole chart one tab stop whose arrows move a tooltip but cannot open a session.
 */
export function LinkedChart(props: Props) {
  const { data, domain, stepKey, reference, formatY, describe, flagged, marker } = props;
  const present = data.flatMap((d, i) => (d.value === null ? [] : [i]));
  const [active, setActive] = useState(present.at(-1) ?? 0);
  const box = useRef<HTMLDivElement>(null);
  const move = (from: number, key: string) => {
    const to = nextPoint(present, from, key);
    setActive(to);
    box.current?.querySelector<SVGAElement>(`[data-point="${to}"]`)?.focus();
  };
  const dot = (p: DotItemDotProps) => {
    const index = p.index;
    const datum = data[index];
    if (!datum || datum.value === null) return <g key={`none-${index}`} />;
    return (
      <ProgressPoint
        key={datum.assignmentId}
        cx={p.cx}
        cy={p.cy}
        index={index}
        href={paths.session(datum.assignmentId)}
        label={`${describe(datum)} Open the session.`}
        tabbable={index === active}
        flagged={flagged?.(datum)}
        onMove={move}
      />
    );
  };
  return (
    <div ref={box} className="h-48 w-full">
      <LineChart {...CHART_PROPS} data={data}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis {...timeAxisProps(domain)} />
        <YAxis {...VALUE_AXIS_PROPS} tickFormatter={formatY} />
        {reference ? (
          <ReferenceLine
            y={reference.y}
            stroke="#b91c1c"
            strokeDasharray="4 4"
            label={{
              value: reference.label,
              fill: "#991b1b",
              fontSize: 12,
              position: "insideTopLeft",
            }}
          />
        ) : null}
        {marker ? (
          <ReferenceLine
            x={marker.x}
            stroke="#047857"
            strokeDasharray="2 3"
            label={{ value: marker.label, fill: "#065f46", fontSize: 12, position: "insideTop" }}
          />
        ) : null}
        {stepKey ? (
          <Line
            dataKey={stepKey}
            type="stepAfter"
            stroke="#64748b"
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
          />
        ) : null}
        <Line
          dataKey="value"
          stroke="var(--color-brand-600)"
          strokeWidth={2}
          dot={dot}
          activeDot={false}
          connectNulls
          isAnimationActive={false}
        />
        <Tooltip
          content={({ active: shown, payload }) => {
            const datum = payload?.[0]?.payload as LinkedDatum | undefined;
            return shown && datum ? (
              <p className="tabular rounded border border-slate-300 bg-white px-2 py-1 text-sm shadow">
                {describe(datum)}
              </p>
            ) : null;
          }}
        />
      </LineChart>
    </div>
  );
}

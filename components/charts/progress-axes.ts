import { dayOfMs, tickDay } from "@/lib/dates";

/**
 * What every progress chart shares: a responsive line chart over time, a date x-axis and a
 * value y-axis with the same ticks, so the small multiples line up.
 */
export const shortDate = (t: number) => tickDay(dayOfMs(t));

export const CHART_PROPS = {
  responsive: true,
  accessibilityLayer: false,
  style: { width: "100%", height: "100%" },
  margin: { top: 12, right: 16, bottom: 0, left: 0 },
} as const;

const TICK = { fill: "#334155", fontSize: 12 };

export const timeAxisProps = (domain: [number, number]) =>
  ({
    dataKey: "t",
    type: "number",
    scale: "time",
    domain,
    tickFormatter: shortDate,
    tick: TICK,
    minTickGap: 24,
  }) as const;

export const VALUE_AXIS_PROPS = {
  domain: ["auto", "auto"],
  padding: { top: 10, bottom: 10 },
  tick: TICK,
  width: 48,
} as const;

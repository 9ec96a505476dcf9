"use client";
import dynamic from "next/dynamic";
import type { SessionChartPoint } from "@/lib/review/session-chart-data";

// Recharts is about 160 KB gzip. On the dashboard (the coach's home, budget 180 KB) it must not
// be part of the first load: athletes fetch it after the page is usable, coaches never.
const SessionChart = dynamic(() => import("./session-chart").then((m) => m.SessionChart), {
  ssr: false,
  loading: () => (
    <div role="status" className="h-72 animate-pulse rounded bg-slate-100">
      <span className="sr-only">Loading the chart…</span>
    </div>
  ),
});

export function LazySessionChart({ data }: { data: SessionChartPoint[] }) {
  return <SessionChart data={data} />;
}

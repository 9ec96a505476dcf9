"use client";
import { useMemo } from "react";
import { LazySessionChart } from "@/components/charts/lazy-session-chart";
import { SessionChartBlock } from "@/components/charts/session-chart-block";
import type { Regrouped } from "@/lib/devices/regroup";
import { analyseSession, roundTo, type Prescription, type SessionStatus } from "@/lib/pacing";
import { toSessionChartData } from "@/lib/review/session-chart-data";

type Reading = Extract<Regrouped, { ok: true }>;

/** Laps are saved to the hundredth, as typed laps are: the review shows what will be saved. */
const hundredths = (s: number) => roundTo(s, 2);

/**
 * The reading against the targets, in the session page's own chart and table, so what the
 * athlete reviews is what the session page will show once saved.
 */
export function ImportReview({
  prescription,
  reading,
  status,
}: {
  prescription: Prescription;
  reading: Reading;
  status: "COMPLETED" | "PARTIAL" | "ABANDONED";
}) {
  const analysis = useMemo(
    () =>
      analyseSession(prescription, {
        reps: prescription.reps.map((rep, k) => ({
          lapSeconds:
            reading.reps[k]?.laps.map(hundredths) ?? Array.from({ length: rep.laps }, () => null),
        })),
        recoveries: reading.recoveries
          .slice(0, prescription.recovery.count)
          .map((r) => (r === null || r <= 0 ? null : hundredths(r))),
        status: status.toLowerCase() as SessionStatus,
      }),
    [prescription, reading, status],
  );
  return (
    <SessionChartBlock
      chart={<LazySessionChart data={toSessionChartData(prescription, analysis)} />}
      analysis={analysis}
    />
  );
}

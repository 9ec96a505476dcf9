"use client";

import { deltaText } from "@/lib/format/time-text";
import { FADE_TOLERANCE_SECONDS, formatDelta, formatTime, type RepVerdict } from "@/lib/pacing";
import { VERDICT } from "@/lib/review/verdict";
import { dayMs, type ProgressCharts } from "@/lib/review/progress-data";
import { BestSessionNote } from "./progress-best";
import { FiveKChart, describeMark } from "./progress-five-k";
import { LinkedChart, fullDate, type LinkedDatum } from "./progress-linked-chart";

const clock = (v: number) => formatTime(v, { decimals: 0 });
const signed = (v: number) => deltaText(v, { unit: false });
const verdictWords = (v: unknown) => VERDICT[String(v) as RepVerdict]?.words.toLowerCase() ?? "";

/**
 * Small multiples: each rep's time against its target over the range, the late-lap hold, and the
 * 5K mark as a step line. Every session point is a link (click, tap, or Tab and Enter).
 */
export function ProgressChart({ charts }: { charts: ProgressCharts }) {
  const hold: LinkedDatum[] = charts.hold.map((h) => ({ ...h, value: h.worst }));
  const { best } = charts;
  const marker = best ? { x: dayMs(best.date), label: "best" } : undefined;
  const bestWords = (d: LinkedDatum) =>
    d.assignmentId === best?.assignmentId ? " Best session." : "";
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm text-slate-700">
        Solid line: the rep as run; dashed: its target. Select a point, or Tab to a chart and use
        the arrow keys, then Enter, to open that session.
      </p>
      <div className="grid gap-6 md:grid-cols-2">
        {charts.reps.map((series) => (
          <figure key={series.rep} aria-labelledby={`rep-${series.rep}`}>
            <figcaption id={`rep-${series.rep}`} className="mb-1 font-medium">
              Rep {series.rep}: the {series.label}
            </figcaption>
            <LinkedChart
              domain={charts.domain}
              data={series.points.map((p) => ({ ...p, value: p.actual }))}
              stepKey="target"
              formatY={clock}
              marker={marker}
              describe={(d) =>
                `${fullDate(d.t)}: the ${series.label} in ${formatTime(Number(d.value))} against ${formatTime(Number(d.target))} (${formatDelta(Number(d.delta))}), ${verdictWords(d.verdict)}.${bestWords(d)}`
              }
            />
          </figure>
        ))}
      </div>
      {/* After the charts, so Tab from the range links still lands on the first chart. */}
      {best ? <BestSessionNote best={best} /> : null}
      <figure aria-labelledby="hold-trend">
        <figcaption id="hold-trend" className="mb-1 font-medium">
          Holding pace late: the slowest checked lap against its target
        </figcaption>
        <p className="mb-1 text-sm text-slate-700">
          Above the red line (+{FADE_TOLERANCE_SECONDS} s) a lap faded; a triangle marks a session
          with a fade.
        </p>
        <LinkedChart
          domain={charts.domain}
          data={hold}
          reference={{ y: FADE_TOLERANCE_SECONDS, label: "fade" }}
          formatY={signed}
          flagged={(d) => Number(d.faded) > 0}
          describe={(d) =>
            `${fullDate(d.t)}: slowest late lap ${formatDelta(Number(d.value))}; ${String(d.faded)} of ${String(d.checks)} checked laps faded.`
          }
        />
      </figure>
      <figure aria-labelledby="five-k-trend">
        <figcaption id="five-k-trend" className="mb-1 font-medium">
          5K mark (faster is higher)
        </figcaption>
        <FiveKChart points={charts.fiveK} domain={charts.domain} />
        <ul className="tabular mt-2 flex flex-col gap-1 text-sm" aria-label="5K marks">
          {charts.fiveK
            .filter((m) => !m.end)
            .map((m) => (
              <li key={`${m.date}-${m.fiveK}`}>
                {m.recalibration ? (
                  <span aria-hidden="true">◆ </span>
                ) : (
                  <span aria-hidden="true">● </span>
                )}
                {describeMark(m)}
                {m.carried ? " (before this range)" : ""}
              </li>
            ))}
        </ul>
      </figure>
    </div>
  );
}

/** The chart's key in HTML, so it reads without the chart: shapes and words, not colour alone. */
export function SessionChartLegend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-block h-3 w-5 rounded-sm bg-emerald-200" />
        Window (acceptable range)
      </li>
      <li className="flex items-center gap-1.5">
        <span
          aria-hidden="true"
          className="inline-block w-5 border-t-2 border-dashed border-slate-600"
        />
        Target
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="text-emerald-700">
          ●
        </span>{" "}
        On pace
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="text-amber-700">
          ▲
        </span>{" "}
        Fast
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="text-red-700">
          ▼
        </span>{" "}
        Slow or faded
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="text-slate-700">
          ◆
        </span>{" "}
        Recovery jog (band up to the “too slow” line)
      </li>
    </ul>
  );
}

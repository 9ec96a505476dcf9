import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/targets/print-button";
import { TargetCard } from "@/components/targets/target-card";
import { WorkoutDownloads } from "@/components/workouts/workout-downloads";
import { workoutName } from "@/lib/devices/workout-text";
import { isUnits } from "@/lib/pacing";
import { parseTargetsQuery } from "@/lib/validation/targets";
import { CalculatorForm } from "./calculator-form";

export const metadata: Metadata = {
  title: "4-3-2-1 calculator",
  description:
    "Every target for the 4-3-2-1 lap step-down from one 5K time: reps, windows, lap splits, recoveries.",
};

type SearchParams = Record<string, string | string[] | undefined>;

/** Shown before anyone types: the worked example (docs/coaching-rules.md), so the page teaches at first sight. */
const EXAMPLE_FIVE_K = "20:00";

export default async function CalculatorPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const params = await searchParams;
  const isExample = params.fiveK === undefined;
  const query = isExample ? { ...params, fiveK: EXAMPLE_FIVE_K } : params;
  const result = parseTargetsQuery(query);
  const typedFiveK = first(query.fiveK) ?? "";
  const typedUnits = first(params.units);
  const units = result.ok ? result.data.units : isUnits(typedUnits) ? typedUnits : "metric";

  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8 sm:py-12">
      <header className="no-print flex flex-col gap-3">
        <Link href="/" className="text-brand-700 self-start text-sm font-medium underline">
          Step-Down
        </Link>
        <h1 className="text-3xl font-semibold tracking-tight">4-3-2-1 calculator</h1>
        <p className="text-slate-700">
          Four fast reps of 4, 3, 2 and 1 laps, each a little faster than the one before, with an
          easy jog lap between them. One number sets every target: your current 5K time.
        </p>
      </header>

      <CalculatorForm fiveK={typedFiveK} units={units} errors={result.ok ? {} : result.fields} />

      {result.ok ? (
        <>
          {isExample && (
            <p className="no-print text-sm text-slate-600">
              Showing the targets for a {EXAMPLE_FIVE_K} 5K. Type your own time above.
            </p>
          )}
          <TargetCard prescription={result.data.prescription}>
            <WorkoutDownloads
              fitHref={`/calculator/workout.fit?${new URLSearchParams({ fiveK: typedFiveK.trim(), units }).toString()}`}
              name={workoutName(result.data.fiveK)}
              prescription={result.data.prescription}
            />
          </TargetCard>
          <div className="no-print flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
            <PrintButton />
            <a href={apiUrl(typedFiveK, units)} className="text-brand-700 font-medium underline">
              The same targets as JSON
            </a>
          </div>
        </>
      ) : (
        <p className="no-print text-slate-700">Fix the time above to see the targets.</p>
      )}
    </main>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function apiUrl(fiveK: string, units: string): string {
  return `/api/v1/targets?${new URLSearchParams({ fiveK: fiveK.trim(), units }).toString()}`;
}

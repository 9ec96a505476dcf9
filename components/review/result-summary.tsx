import type { SessionView } from "@/lib/server/data/sessions";
import { savedAt, STATUS } from "./format";

type Result = NonNullable<SessionView["result"]>;

const SOURCE: Record<Result["source"], string> = {
  TYPED: "Typed in",
  STOPWATCH: "The stopwatch",
  IMPORT: "A watch file",
};

export function ResultSummary({ result, timeZone }: { result: Result; timeZone: string }) {
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-5">
      <Fact term="Status" value={STATUS[result.status]} />
      <Fact term="Effort" value={result.effort === null ? "—" : `${result.effort} of 10`} />
      <Fact term="Logged by" value={result.loggedBy ?? "—"} />
      <Fact term="Laps from" value={SOURCE[result.source]} />
      <Fact term="Last saved" value={savedAt(result.updatedAt, timeZone)} />
      {result.notes ? (
        <div className="col-span-2 sm:col-span-5">
          <dt className="text-slate-600">Notes</dt>
          <dd className="whitespace-pre-line">{result.notes}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt className="text-slate-600">{term}</dt>
      <dd className="font-medium">{value}</dd>
    </div>
  );
}

"use client";
import { useState } from "react";
import { buttonVariants } from "@/components/ui/button-variants";
import { plural } from "@/lib/format/plural";

type Athlete = { assignmentId: string; name: string; logged: boolean };

/** Who is at the track today: everyone not yet logged, unless the coach says otherwise. */
export function PresencePicker({
  athletes,
  onReady,
}: {
  athletes: Athlete[];
  onReady: (assignmentIds: string[]) => void;
}) {
  const [chosen, setChosen] = useState(
    () => new Set(athletes.filter((a) => !a.logged).map((a) => a.assignmentId)),
  );
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        onReady(athletes.filter((a) => chosen.has(a.assignmentId)).map((a) => a.assignmentId));
      }}
    >
      <fieldset>
        <legend className="mb-2 text-lg font-semibold">Who is here?</legend>
        <ul className="flex flex-col gap-1">
          {athletes.map((a) => (
            <li key={a.assignmentId}>
              <label className="flex min-h-11 items-center gap-3 rounded-md px-2 hover:bg-slate-100">
                <input
                  type="checkbox"
                  className="size-6"
                  checked={chosen.has(a.assignmentId)}
                  disabled={a.logged}
                  onChange={() => toggle(a.assignmentId)}
                />
                <span className="text-lg">{a.name}</span>
                {a.logged ? <span className="text-slate-600">already logged</span> : null}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" className={buttonVariants({ size: "lg" })} disabled={!chosen.size}>
        Set up the stopwatch ({plural(chosen.size, "athlete")})
      </button>
    </form>
  );
}

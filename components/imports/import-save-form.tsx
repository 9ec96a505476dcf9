"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useMemo, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { noticeVariants } from "@/components/ui/notice-variants";
import { SubmitButton } from "@/components/ui/submit-button";
import { StatusField } from "@/components/review/status-field";
import { initialActionState } from "@/lib/action-state";
import type { ImportRead } from "@/lib/devices/import-file";
import { localStart } from "@/lib/devices/local-time";
import { choiceProblem, regroup, sameChoice, type RepChoice } from "@/lib/devices/regroup";
import { paths } from "@/lib/paths";
import { longDay } from "@/lib/dates";
import { saveImportAction } from "@/lib/server/actions/save-import";
import { ImportReview } from "./import-review";
import type { ImportSectionProps } from "./import-section";
import { provenanceText } from "./provenance-text";
import { RegroupEditor, type StretchClock } from "./regroup-editor";

type Status = "COMPLETED" | "PARTIAL" | "ABANDONED";

/** "reps.2" → "Rep 3: …", "recoveries.0" → "Jog after rep 1: …"; other fields as they are. */
function repLabel(field: string, message: string): string {
  const [list, index] = field.split(".");
  const n = Number(index) + 1;
  if (list === "reps") return `Rep ${n}: ${message}`;
  if (list === "recoveries") return `Jog after rep ${n}: ${message}`;
  return message;
}

/**
 * The review and the save: how the file was read, the reading against the targets (following the
 * user's regrouping at once), the status, and the question when the activity is from another day.
 */
export function ImportSaveForm({
  assignmentId,
  units,
  prescription,
  sessionDate,
  timeZone,
  existingVersion,
  file,
  entry,
  read,
  clock,
}: ImportSectionProps & { file: File; entry?: string; read: ImportRead; clock: StretchClock }) {
  const router = useRouter();
  const [state, formAction] = useActionState(saveImportAction, initialActionState);
  const [choice, setChoice] = useState<RepChoice>(read.choice);
  const [status, setStatus] = useState<Status | null>(null);
  const [otherDayOk, setOtherDayOk] = useState(false);
  const problem = choiceProblem(read.stretches, choice);
  const reading = useMemo(
    () => (problem ? null : regroup(read.activity, read.stretches, choice)),
    [problem, read, choice],
  );
  const asRead = sameChoice(choice, read.choice);
  const shownStatus: Status =
    status ?? (reading?.ok && reading.status === "partial" ? "PARTIAL" : "COMPLETED");
  const start = localStart(read.provenance, timeZone);
  const otherDay = start !== null && start.date !== sessionDate;
  const errors = state.fieldErrors ?? {};
  // The file's, the regrouping's and each rep's problems (as typed laps get them, "reps.2").
  const problems = Object.entries(errors)
    .filter(([field]) => field !== "status" && field !== "confirmOtherDay")
    .map(([field, message]): [string, string] => [field, repLabel(field, message)]);

  useEffect(() => {
    if (!state.ok || state.data?.outcome === "duplicate") return;
    router.push(paths.session(assignmentId));
    router.refresh();
  }, [state, router, assignmentId]);

  function submit(form: FormData) {
    form.set("file", file);
    if (entry) form.set("entry", entry);
    form.set("choice", JSON.stringify(choice));
    formAction(form);
  }

  return (
    <form action={submit} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      {existingVersion !== null ? (
        <input type="hidden" name="expectedVersion" value={existingVersion} />
      ) : null}
      <section aria-labelledby="import-how" className="flex flex-col gap-1">
        <h3 id="import-how" className="font-medium">
          How it was read
        </h3>
        <p className="text-slate-700">{provenanceText(read.provenance, timeZone)}</p>
        <ul className="list-disc pl-5 text-slate-700">
          {read.reading.notes.map((note) => (
            <li key={note}>{note.charAt(0).toUpperCase() + note.slice(1)}.</li>
          ))}
          {asRead ? null : <li>Reps regrouped by you.</li>}
        </ul>
      </section>
      {reading?.ok ? (
        <ImportReview prescription={prescription} reading={reading} status={shownStatus} />
      ) : null}
      <RegroupEditor
        stretches={read.stretches}
        choice={choice}
        suggested={read.choice}
        units={units}
        clock={clock}
        onChange={setChoice}
        problem={problem ? `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.` : null}
      />
      <StatusField value={shownStatus} onChange={setStatus} error={errors.status} />
      {otherDay ? (
        <div className={noticeVariants({ tone: "warning", framed: true })}>
          <p id="other-day-question">
            This activity started on {longDay(start.date)} at {start.time}; the session is on{" "}
            {longDay(sessionDate)}.
          </p>
          <label className="mt-2 flex min-h-11 items-center gap-2 font-medium">
            <input
              type="checkbox"
              name="confirmOtherDay"
              className="size-5"
              checked={otherDayOk}
              onChange={(e) => setOtherDayOk(e.target.checked)}
              aria-describedby="other-day-question"
              aria-invalid={errors.confirmOtherDay ? true : undefined}
            />
            Save it for this session anyway
          </label>
          {errors.confirmOtherDay ? (
            <p className="text-sm font-medium text-red-700">{errors.confirmOtherDay}</p>
          ) : null}
        </div>
      ) : null}
      {existingVersion !== null ? (
        <p className={noticeVariants({ tone: "warning" })}>
          This session is logged already: saving replaces its laps with this file&rsquo;s.
        </p>
      ) : null}
      {problems.length ? (
        <ul role="alert" className={noticeVariants({ tone: "error", className: "list-none" })}>
          {problems.map(([field, message]) => (
            <li key={field}>{message}</li>
          ))}
        </ul>
      ) : null}
      <FormMessage state={state} />
      {state.ok && state.data?.outcome === "duplicate" ? (
        <p>
          <Link href={paths.session(assignmentId)} className="text-brand-700 underline">
            See the session
          </Link>
        </p>
      ) : null}
      <div>
        <SubmitButton pendingLabel="Saving…">
          {existingVersion !== null ? "Replace the result with this file" : "Save"}
        </SubmitButton>
      </div>
    </form>
  );
}

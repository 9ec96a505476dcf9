"use client";
import { noticeVariants } from "@/components/ui/notice-variants";
import { useCallback, useState } from "react";
import {
  savedFromLogForm,
  storageKey,
  updateSaved,
  useSaved,
  type Saved,
} from "@/components/stopwatch/store";
import { uploadOf } from "@/lib/stopwatch/offline-queue";
import { LogForm } from "./log-form";
import type { LogFormProps } from "./log-form-types";

type Props = Omit<LogFormProps, "draft" | "onSaved"> & {
  /** The stopwatch keeps each user's laps apart: only the signed-in user's are offered. */
  userId: string;
  squadId: string;
  date: string;
};

/**
 * The log form opened from a stopwatch tile whose result the server refused: it starts from the
 * laps this device recorded and saves with the stopwatch's own idempotency key, then marks the
 * tile saved, so the stopwatch never sends its refused copy again. The laps live only on the
 * device that timed the session; anywhere else this is the empty form with a word why, and a
 * session someone has logged meanwhile opens as the usual edit.
 */
export function StopwatchDraftLog({ userId, squadId, date, existing, ...form }: Props) {
  const key = storageKey(userId, squadId, date);
  const live = useSaved(key);
  const id = form.assignmentId;
  const onSaved = useCallback(() => updateSaved(key, (s) => savedFromLogForm(s, id)), [key, id]);
  // The form is chosen from what was there on arrival. Saving re-renders the page with the new
  // result and marks the tile saved; neither may swap the form before it moves to the session.
  const [arrival, setArrival] = useState<{ saved: Saved | null; logged: boolean }>();
  if (!arrival && live !== undefined) setArrival({ saved: live, logged: !!existing });

  if (!arrival) return <p role="status">Reading the stopwatch&rsquo;s laps…</p>;
  if (arrival.logged) return <LogForm {...form} existing={existing} />;
  const { saved } = arrival;
  const upload = uploadOf(saved, id);
  if (!saved || !upload) {
    return (
      <>
        <p className={noticeVariants({ tone: "warning", framed: true, className: "mb-4" })}>
          This device holds no unsaved stopwatch laps for this session: type them below.
        </p>
        <LogForm {...form} existing={null} />
      </>
    );
  }
  const refusal = saved.uploads[id]?.state === "failed" ? saved.uploads[id].message : undefined;
  return (
    <>
      <div
        role="note"
        className={noticeVariants({ tone: "warning", framed: true, className: "mb-4" })}
      >
        <p className="font-semibold">These are the laps the stopwatch on this device recorded.</p>
        {refusal ? <p>The server refused them: {refusal}</p> : null}
        <p>Correct them and save; the stopwatch will then show this result as saved.</p>
      </div>
      <LogForm {...form} existing={null} draft={upload} onSaved={onSaved} />
    </>
  );
}

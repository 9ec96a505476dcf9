"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import {
  athleteView,
  isFinished,
  startAll,
  type Prescription,
  type StopwatchEvent,
} from "@/lib/pacing";
import { AthleteTile } from "./athlete-tile";
import { Controls } from "./controls";
import { useNow, useOfflinePage, useOnline, useWakeLock } from "./hooks";
import { PresencePicker } from "./presence-picker";
import {
  applyEvent,
  canUndo,
  newSession,
  queuedMore,
  readSaved,
  storageKey,
  uploadPending,
  useSaved,
  useUploads,
  writeSaved,
} from "./store";

export type StopwatchAthlete = {
  assignmentId: string;
  name: string;
  logged: boolean;
  prescription: Prescription;
};

/**
 * The trackside stopwatch for one squad and date. All state lives on the device and is the source
 * of truth until each result is saved; the server only ever receives a finished athlete's laps,
 * through log-result, with that athlete's idempotency key (lib/stopwatch/offline-queue.ts).
 */
export function Stopwatch({
  userId,
  squadId,
  date,
  athletes,
}: {
  /** Whose stopwatch this is: the device keeps each user's apart and only this one's is used. */
  userId: string;
  squadId: string;
  date: string;
  athletes: StopwatchAthlete[];
}) {
  const key = storageKey(userId, squadId, date);
  const saved = useSaved(key);
  const online = useOnline();
  const router = useRouter();
  const prescriptions = useMemo(
    () => Object.fromEntries(athletes.map((a) => [a.assignmentId, a.prescription])),
    [athletes],
  );
  const clocks = useMemo(() => saved?.clocks.clocks ?? {}, [saved]);
  // Tiles in the page's (alphabetical) order; a clock whose session has since gone is not shown.
  const ids = useMemo(
    () => athletes.map((a) => a.assignmentId).filter((id) => clocks[id]),
    [athletes, clocks],
  );
  const running = ids.some((id) => clocks[id]!.startedAt !== null && !isFinished(clocks[id]!));
  const now = useNow(running);
  useWakeLock(running);
  useOfflinePage(squadId, userId);
  useUploads(key, userId);

  /** Applies an event; false when it changed nothing (a tap too soon after the last one). */
  const dispatch = useCallback(
    (event: StopwatchEvent) => {
      const before = readSaved(key);
      if (!before) return false;
      const after = applyEvent(before, event, prescriptions);
      if (after === before) return false;
      writeSaved(key, after);
      if (queuedMore(before, after)) void uploadPending(key);
      return true;
    },
    [key, prescriptions],
  );
  // Tiles whose last tap was ignored as too soon for a lap (a double tap): said for a moment, so
  // the coach does not press Undo and take back the real lap.
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());
  const tap = useCallback(
    (id: string) => {
      const clock = readSaved(key)?.clocks.clocks[id];
      const type = clock?.startedAt === null ? "start" : "tap";
      if (dispatch({ type, id, at: Date.now() }) || type === "start") return;
      setIgnored((s) => new Set(s).add(id));
      setTimeout(
        () =>
          setIgnored((s) => {
            const next = new Set(s);
            next.delete(id);
            return next;
          }),
        3_000,
      );
    },
    [key, dispatch],
  );

  useEffect(() => {
    // Number keys tap the Nth tile: a coach with a keyboard (or a Bluetooth clicker) never aims.
    const onKey = (e: KeyboardEvent) => {
      if (e.repeat || e.altKey || e.ctrlKey || e.metaKey || !/^[1-9]$/.test(e.key)) return;
      if ((e.target as HTMLElement | null)?.closest("input, textarea, select")) return;
      const id = ids[Number(e.key) - 1];
      if (id) tap(id);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [ids, tap]);

  if (saved === undefined) return <p>Loading the stopwatch…</p>;
  if (saved === null) {
    if (!athletes.length)
      return (
        <p>
          No sessions to time on this date. Pick one of the squad&apos;s session dates above, or
          assign the session first.
        </p>
      );
    return (
      <PresencePicker
        athletes={athletes}
        onReady={(chosen) =>
          writeSaved(
            key,
            newSession(chosen.map((id) => ({ id, prescription: prescriptions[id]! }))),
          )
        }
      />
    );
  }
  const uploads = Object.values(saved.uploads);
  return (
    <div className="flex flex-col gap-4">
      <Controls
        waiting={ids.filter((id) => clocks[id]!.startedAt === null).length}
        online={online}
        failed={uploads.filter((u) => u.state === "failed").length}
        unsaved={uploads.filter((u) => u.state !== "saved").length}
        allDone={ids.every((id) => isFinished(clocks[id]!))}
        onStartAll={() => writeSaved(key, { ...saved, clocks: startAll(saved.clocks, Date.now()) })}
        onRetry={() => void uploadPending(key)}
        onClear={() => {
          writeSaved(key, null);
          router.refresh(); // who is already logged, for the next group on this date
        }}
      />
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {ids.map((id, index) => (
          <AthleteTile
            key={id}
            assignmentId={id}
            index={index}
            name={athletes.find((a) => a.assignmentId === id)!.name}
            view={athleteView(clocks[id]!, prescriptions[id]!, now)}
            upload={saved.uploads[id]}
            tapIgnored={ignored.has(id)}
            online={online}
            canUndo={canUndo(saved, id)}
            onTap={() => tap(id)}
            onUndo={() => dispatch({ type: "undo", id })}
            onStop={(abandoned) => dispatch({ type: "stop", id, at: Date.now(), abandoned })}
          />
        ))}
      </ul>
    </div>
  );
}

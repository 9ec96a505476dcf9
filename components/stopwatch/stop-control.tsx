"use client";
import { useState } from "react";

const button =
  "inline-flex min-h-11 items-center justify-center rounded-md border-2 px-3 font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700";
const plain = `${button} border-slate-900 bg-white text-slate-900 hover:bg-slate-100`;
const danger = `${button} border-red-800 bg-red-700 text-white hover:bg-red-800`;

/**
 * Ends one athlete's session early, after a second tap: a stray Stop must not end a session.
 * The coach says how it ended: partial (ran what they could) or abandoned; with no rep lap run
 * it can only be abandoned.
 */
export function StopControl({
  name,
  hasRepLaps,
  onStop,
}: {
  name: string;
  hasRepLaps: boolean;
  onStop: (abandoned: boolean) => void;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className={plain} onClick={() => setAsking(true)}>
        Stop<span className="sr-only"> {name}</span>
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-label={`Stop ${name}?`}
      className="flex w-full flex-wrap items-center gap-2"
      onKeyDown={(e) => e.key === "Escape" && setAsking(false)}
    >
      <span className="font-semibold">End {name}&apos;s session here?</span>
      {hasRepLaps ? (
        <button type="button" className={danger} onClick={() => onStop(false)}>
          Stop: partial
        </button>
      ) : null}
      <button type="button" className={danger} onClick={() => onStop(true)}>
        {hasRepLaps ? "Stop: abandoned" : "Yes, stop"}
      </button>
      <button type="button" className={plain} onClick={() => setAsking(false)} autoFocus>
        Cancel
      </button>
    </div>
  );
}

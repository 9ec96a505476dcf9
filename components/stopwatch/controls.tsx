"use client";
import { useState } from "react";
import { buttonVariants } from "@/components/ui/button-variants";
import { buttonSecondary } from "@/components/ui/styles";
import { plural } from "@/lib/format/plural";

/** The bar above the tiles: start everyone, connection state, retry, and clearing the device. */
export function Controls({
  waiting,
  online,
  failed,
  unsaved,
  allDone,
  onStartAll,
  onRetry,
  onClear,
}: {
  waiting: number;
  online: boolean;
  failed: number;
  unsaved: number;
  allDone: boolean;
  onStartAll: () => void;
  onRetry: () => void;
  onClear: () => void;
}) {
  const [clearing, setClearing] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-2">
      {waiting > 0 ? (
        <button type="button" className={buttonVariants({ size: "lg" })} onClick={onStartAll}>
          Start all ({waiting})
        </button>
      ) : null}
      <span
        role="status"
        className={`rounded-md px-3 py-2 font-semibold ${online ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-950"}`}
      >
        {online ? "Online" : "Offline: results wait on this device"}
      </span>
      {failed > 0 && online ? (
        <button type="button" className={buttonSecondary} onClick={onRetry}>
          Retry uploads ({failed})
        </button>
      ) : null}
      {allDone && !clearing ? (
        <button
          type="button"
          className={buttonVariants({ variant: "secondary", className: "ml-auto" })}
          onClick={() => setClearing(true)}
        >
          Clear this stopwatch
        </button>
      ) : null}
      {clearing ? (
        <span className="ml-auto flex flex-wrap items-center gap-2">
          <span className="font-semibold">
            {unsaved > 0
              ? `${plural(unsaved, "result is", "results are")} not saved yet and will be lost. Clear anyway?`
              : "Clear the stopwatch from this device?"}
          </span>
          <button type="button" className={buttonSecondary} onClick={onClear}>
            Yes, clear
          </button>
          <button
            type="button"
            className={buttonSecondary}
            onClick={() => setClearing(false)}
            autoFocus
          >
            Cancel
          </button>
        </span>
      ) : null}
    </div>
  );
}

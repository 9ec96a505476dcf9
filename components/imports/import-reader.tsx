"use client";
import type { ImportRead } from "@/lib/devices/import-file";
import { noticeVariants } from "@/components/ui/notice-variants";

export type ReadState =
  | { stage: "idle" }
  | { stage: "loading" | "reading"; file: File | null; fraction: number }
  | { stage: "pick"; file: File; entries: string[]; reason: string }
  | { stage: "refused"; file: File | null; reason: string }
  | { stage: "read"; file: File; entry?: string; read: ImportRead };

/** Progress while a file is opened and read, and the reason when it cannot be imported. */
export function ImportReader({ state }: { state: ReadState }) {
  if (state.stage === "loading" || state.stage === "reading") {
    const name = state.file?.name ?? "the stored file";
    const label = state.stage === "loading" ? `Opening ${name}…` : `Finding the reps in ${name}…`;
    return (
      <div role="status" className="flex flex-col gap-1">
        <span>{label}</span>
        <progress
          className="h-2 w-full"
          aria-label={label}
          max={1}
          {...(state.stage === "loading" ? { value: state.fraction } : {})}
        />
      </div>
    );
  }
  if (state.stage === "refused")
    return (
      <p role="alert" className={noticeVariants({ tone: "error" })}>
        {state.reason} Nothing was saved.
      </p>
    );
  return null;
}

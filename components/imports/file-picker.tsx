"use client";
import { useId, useState, type DragEvent } from "react";
import { cn } from "@/components/ui/cn";

export const ACCEPT = ".fit,.tcx,.gpx,.gz,.zip";

/**
 * A file input inside a drop zone: click or keyboard opens the picker (it is a real input, with
 * its label), dropping a file works on a desktop. One file at a time.
 */
export function FilePicker({
  onFile,
  disabled,
  describedBy,
}: {
  onFile: (file: File) => void;
  disabled?: boolean;
  describedBy?: string;
}) {
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent<HTMLLabelElement>) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <label
      htmlFor={id}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      className={cn(
        "flex min-h-28 cursor-pointer flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed p-4 text-center",
        "focus-within:outline-brand-700 focus-within:outline-2 focus-within:outline-offset-2",
        over ? "border-brand-700 bg-brand-50" : "border-slate-300 bg-slate-50",
        disabled && "cursor-wait opacity-60",
      )}
    >
      <span className="font-medium text-slate-900">Choose the watch file, or drop it here</span>
      <span className="text-sm text-slate-700">
        .fit, .tcx or .gpx, also gzipped (.gz) or in a .zip; up to 25 MB
      </span>
      <input
        id={id}
        type="file"
        accept={ACCEPT}
        disabled={disabled}
        aria-describedby={describedBy}
        className="max-w-full text-sm"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          // The same file chosen again (after a fix) must fire again.
          e.target.value = "";
        }}
      />
    </label>
  );
}

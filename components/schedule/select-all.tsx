"use client";
import { useRef } from "react";

/**
 * "Select all / none" for a list of checkboxes. Only a convenience: without JavaScript the list
 * still starts fully ticked, and the form works the same.
 */
export function SelectAll({ name }: { name: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const setAll = (checked: boolean) => {
    const boxes = ref.current
      ?.closest("fieldset")
      ?.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${name}"]`);
    boxes?.forEach((box) => (box.checked = checked));
  };
  const button =
    "min-h-11 rounded-md px-3 py-2 text-brand-700 underline hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600";
  return (
    <div ref={ref} className="flex gap-2">
      <button type="button" className={button} onClick={() => setAll(true)}>
        Select all
      </button>
      <button type="button" className={button} onClick={() => setAll(false)}>
        Select none
      </button>
    </div>
  );
}

"use client";
import { useState } from "react";
import { buttonSecondary } from "@/components/ui/styles";

/** Copies the workout typed out, for apps that take a written workout instead of a file. */
export function CopyWorkoutText({ text }: { text: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <>
      <button
        type="button"
        className={buttonSecondary}
        onClick={() =>
          void navigator.clipboard?.writeText(text).then(
            () => setStatus("copied"),
            () => setStatus("failed"),
          )
        }
      >
        {status === "copied" ? "Workout copied" : "Copy workout as text"}
      </button>
      <span role="status" className="sr-only">
        {status === "copied" ? "The workout is on the clipboard." : ""}
        {status === "failed" ? "Copying failed: select the text below instead." : ""}
      </span>
    </>
  );
}

"use client";
import { useId, useState } from "react";
import { buttonSecondary, inputClass } from "@/components/ui/styles";

/** Shows a new link once (an invitation, a password reset), ready to copy into a message. */
export function CopyLink({ path, label = "Invitation link" }: { path: string; label?: string }) {
  const url = typeof window === "undefined" ? path : `${window.location.origin}${path}`;
  const [copied, setCopied] = useState(false);
  const id = useId();
  return (
    <div className="flex flex-col gap-2 sm:flex-row">
      <label className="sr-only" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        readOnly
        value={url}
        className={`${inputClass} font-mono text-sm`}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        className={buttonSecondary}
        onClick={() =>
          void navigator.clipboard?.writeText(url).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? "Copied" : "Copy link"}
      </button>
    </div>
  );
}

"use client";
import { useState } from "react";
import { buttonSecondary, inputClass } from "@/components/ui/styles";

/** Shows a new invitation link once, ready to copy into a message. */
export function CopyLink({ path }: { path: string }) {
  const url = typeof window === "undefined" ? path : `${window.location.origin}${path}`;
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-col gap-2 sm:flex-row">
      <label className="sr-only" htmlFor="invitation-link">
        Invitation link
      </label>
      <input
        id="invitation-link"
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

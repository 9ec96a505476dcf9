"use client";
import { buttonSecondary } from "@/components/ui/styles";

/** A zip of several activities (a bulk export): the user picks the one that is this session. */
export function ZipPicker({
  fileName,
  entries,
  onPick,
}: {
  fileName: string;
  entries: string[];
  onPick: (entry: string) => void;
}) {
  return (
    <section aria-labelledby="zip-pick" className="flex flex-col gap-2">
      <h3 id="zip-pick" className="font-medium">
        {fileName} holds {entries.length} activities: which one is this session?
      </h3>
      <ul className="flex flex-col gap-2">
        {entries.map((entry) => (
          <li key={entry}>
            <button type="button" className={buttonSecondary} onClick={() => onPick(entry)}>
              Read {entry}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

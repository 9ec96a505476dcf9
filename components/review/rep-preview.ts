import { formatDelta, formatTime, parseRepEntry, type EntryMode } from "@/lib/pacing";
import { seconds } from "./format";
import { plural } from "@/lib/format/plural";

export type RepPreview = { ok: boolean; text: string };

/**
 * What the typed text will be saved as, shown back before saving. The same parser as the server
 * (lib/pacing), so what the preview says is what gets stored.
 */
export function previewRep(
  text: string,
  rep: { laps: number; targetSeconds: number },
  lapMeters: number,
  mode: EntryMode,
): RepPreview {
  const entry = parseRepEntry(text, rep.laps, lapMeters, mode);
  if (!entry.ok) return { ok: false, text: `Can't read this yet: ${entry.reason}.` };
  if (entry.interpretedAs === "empty") {
    return {
      ok: true,
      text:
        rep.laps === 1
          ? "Type the lap time, like 88.5."
          : `Type ${plural(rep.laps, "lap time")} or ${plural(rep.laps, "split")}, separated by spaces.`,
    };
  }
  const laps = entry.lapSeconds.map(seconds).join(" · ");
  const read =
    entry.interpretedAs === "splits"
      ? `Read as splits → laps ${laps}`
      : `Read as lap times: ${laps}`;
  if (entry.lapSeconds.length < rep.laps) {
    return { ok: true, text: `${read} (${entry.lapSeconds.length} of ${rep.laps} laps).` };
  }
  const total = entry.lapSeconds.reduce((sum, lap) => sum + lap, 0);
  const target = formatTime(rep.targetSeconds);
  return {
    ok: true,
    text: `${read} (rep ${formatTime(total)}, target ${target} → ${formatDelta(total - rep.targetSeconds)}).`,
  };
}

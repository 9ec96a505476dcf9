import type { CalendarEntry } from "@/lib/server/data/schedule";

const LOOK = {
  assigned: { icon: "○", label: "Assigned", colour: "border-sky-300 bg-sky-50 text-sky-900" },
  missed: { icon: "✕", label: "Missed", colour: "border-red-300 bg-red-50 text-red-900" },
  done: { icon: "✓", label: "Logged", colour: "border-emerald-300 bg-emerald-50 text-emerald-900" },
} as const;

const RESULT = { COMPLETED: "", PARTIAL: " (partial)", ABANDONED: " (abandoned)" } as const;

/** Status in words and a symbol as well as colour: colour alone says nothing to some eyes. */
export function statusLook(entry: Pick<CalendarEntry, "status" | "result">) {
  const look = LOOK[entry.status];
  const half = entry.result && entry.result !== "COMPLETED";
  return {
    icon: half ? "◐" : look.icon,
    text: `${look.label}${entry.result ? RESULT[entry.result] : ""}`,
    colour: half ? "border-amber-300 bg-amber-50 text-amber-950" : look.colour,
  };
}

export function StatusBadge({ entry }: { entry: Pick<CalendarEntry, "status" | "result"> }) {
  const { icon, text, colour } = statusLook(entry);
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-1.5 text-sm ${colour}`}>
      <span aria-hidden="true">{icon}</span>
      {text}
    </span>
  );
}

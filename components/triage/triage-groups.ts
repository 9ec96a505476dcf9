import type { TriageKind, TriageLine } from "@/lib/pacing";

const GROUPS: { kind: TriageKind; title: string }[] = [
  { kind: "missed", title: "Missed the last session" },
  { kind: "off-target", title: "Off target on the same rep twice" },
  { kind: "fading", title: "Fading late" },
  { kind: "suggestion", title: "5K suggestions waiting" },
  { kind: "stale-mark", title: "No recent 5K mark" },
];

/** Lines a group shows before "Show all": a screenful, not a squad's whole roster. */
export const GROUP_SHOWN = 8;

export type TriageGroup = {
  kind: TriageKind;
  title: string;
  count: number;
  lines: TriageLine[];
  /** Lines left out until the coach asks for the whole group. */
  hidden: number;
};

/**
 * The triage by reason, in a fixed order, empty groups left out. A long group (every athlete of
 * a 60-strong squad with an old 5K mark) shows its first GROUP_SHOWN lines and says how many
 * more; `expanded` names the one group shown whole. The page renders nothing it does not show.
 */
export function triageGroups(lines: TriageLine[], expanded?: TriageKind): TriageGroup[] {
  return GROUPS.flatMap(({ kind, title }) => {
    const group = lines.filter((line) => line.kind === kind);
    if (group.length === 0) return [];
    const shown = kind === expanded ? group : group.slice(0, GROUP_SHOWN);
    return [
      { kind, title, count: group.length, lines: shown, hidden: group.length - shown.length },
    ];
  });
}

export const isTriageKind = (value: unknown): value is TriageKind =>
  GROUPS.some((g) => g.kind === value);

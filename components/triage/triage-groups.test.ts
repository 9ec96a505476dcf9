import { describe, expect, it } from "vitest";
import type { TriageLine } from "@/lib/pacing";
import { GROUP_SHOWN, isTriageKind, triageGroups } from "./triage-groups";

const line = (kind: TriageLine["kind"], i: number): TriageLine => ({
  kind,
  athlete: { id: `a${i}`, name: `Athlete ${i}` },
  what: "x",
});

describe("the triage's groups on the coach's home", () => {
  const stale = Array.from({ length: 60 }, (_, i) => line("stale-mark", i));
  const lines = [line("fading", 1), ...stale, line("missed", 2)];

  it("orders groups by reason and shows a long group's first lines, saying how many wait", () => {
    const groups = triageGroups(lines);
    expect(groups.map((g) => [g.kind, g.count, g.lines.length, g.hidden])).toEqual([
      ["missed", 1, 1, 0],
      ["fading", 1, 1, 0],
      ["stale-mark", 60, GROUP_SHOWN, 60 - GROUP_SHOWN],
    ]);
    expect(groups[2]!.lines[0]!.athlete.name).toBe("Athlete 0");
  });

  it("shows the group the coach opened whole", () => {
    const open = triageGroups(lines, "stale-mark").find((g) => g.kind === "stale-mark")!;
    expect([open.lines.length, open.hidden]).toEqual([60, 0]);
  });

  it("knows the reasons it may be asked to open, and nothing else", () => {
    expect(isTriageKind("stale-mark")).toBe(true);
    expect(isTriageKind("drop table")).toBe(false);
  });
});

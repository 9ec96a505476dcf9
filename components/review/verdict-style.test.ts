import { describe, expect, it } from "vitest";
import { verdictCell, verdictText } from "./verdict-style";

describe("verdict colours", () => {
  it("gives the three judged verdicts three different cell bands", () => {
    const bands = new Set(
      (["on-target", "too-fast", "too-slow"] as const).map((verdict) => verdictCell({ verdict })),
    );
    expect(bands.size).toBe(3);
  });

  it("draws an empty cell when nothing is logged", () => {
    expect(verdictCell({ verdict: null })).toBe("rounded border-l-4");
    expect(verdictCell()).toBe("rounded border-l-4 border-slate-200 bg-white");
  });

  it("keeps a caller's layout classes beside the verdict's colour", () => {
    expect(verdictText({ verdict: "too-slow", className: "font-medium" })).toBe(
      "text-red-800 font-medium",
    );
  });
});

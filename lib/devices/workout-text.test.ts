import { describe, expect, it } from "vitest";
import { parseTime, prescribeStepDown } from "@/lib/pacing";
import { workoutFileName, workoutName, workoutText } from "./workout-text";

describe("the workout's name", () => {
  it("says what it is, for which 5K and when", () => {
    expect(workoutName(1200, "2026-12-08")).toBe("4-3-2-1 · 5K 20:00 · Tue 8 Dec");
    expect(workoutName(1234.5)).toBe("4-3-2-1 · 5K 20:34.5");
    expect(workoutFileName("4-3-2-1 · 5K 20:00 · Tue 8 Dec", "fit")).toBe(
      "4-3-2-1 5K 20-00 Tue 8 Dec.fit",
    );
  });
});

describe("the workout as text", () => {
  const metric = workoutText(prescribeStepDown({ fiveKSeconds: 1200, units: "metric" }), "W");

  it("lists warm-up, four reps with three jogs between, cool-down, in order", () => {
    const lines = metric.split("\n").filter((l) => l.startsWith("- "));
    expect(lines).toHaveLength(9);
    expect(lines[0]).toMatch(/^- Open: easy running/);
    expect(lines[1]).toMatch(/^- 1600m \d+:\d\d-\d+:\d\d\/km Pace; Rep 1: 6:24, window 6:20-6:28/);
    expect(lines[2]).toBe("- 400m jog, about 3:12");
    expect(lines[7]).toMatch(/^- 400m .*Rep 4: 1:28.5, window 1:26-1:31/);
    expect(lines[8]).toMatch(/^- Open: easy running; press lap to finish/);
  });

  it("gives pace ranges that hold each rep's whole window, per km or per mile", () => {
    for (const units of ["metric", "imperial"] as const) {
      for (const fiveK of [720, 1200, 1805, 3600]) {
        const prescription = prescribeStepDown({ fiveKSeconds: fiveK, units });
        const text = workoutText(prescription, "W");
        const unit = units === "metric" ? "km" : "mi";
        const paces = [...text.matchAll(new RegExp(`(\\S+)-(\\S+)/${unit} Pace`, "g"))];
        expect(paces).toHaveLength(4);
        paces.forEach((match, i) => {
          const rep = prescription.reps[i]!;
          const per = (units === "metric" ? 1000 : 1609.344) / rep.meters;
          const fast = parseTime(match[1]!);
          const slow = parseTime(match[2]!);
          if (!fast.ok || !slow.ok) throw new Error(match[0]);
          expect(fast.seconds).toBeLessThanOrEqual(rep.windowSeconds[0] * per + 1e-6);
          expect(slow.seconds).toBeGreaterThanOrEqual(rep.windowSeconds[1] * per - 1e-6);
        });
      }
    }
  });
});

import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { withScratchDatabase } from "@/lib/database/testing";
import { prescribeStepDown } from "@/lib/pacing";
import { verifyPassword } from "@/lib/security/password";
import { DEMO_COACH, DEMO_PASSWORD } from "./demo-squad";
import { seedDemo } from "./demo";

describe("the demo squad", () => {
  it("has a coach, twelve athletes from ~15:00 to ~32:00 and months of logged sessions", async () => {
    await withScratchDatabase(async (url) => {
      await seedDemo(url);
      const db = createPrismaClient(url);
      try {
        const coach = await db.user.findUniqueOrThrow({ where: { email: DEMO_COACH.email } });
        expect(await verifyPassword(coach.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);

        const athletes = await db.athleteProfile.findMany({ include: { marks: true } });
        expect(athletes).toHaveLength(12);
        expect(athletes.filter((a) => a.userId === null).length).toBeGreaterThanOrEqual(3);
        const firstMarks = athletes.map((a) => Math.max(...a.marks.map((m) => m.timeMs)) / 1000);
        expect(Math.min(...firstMarks)).toBeLessThanOrEqual(15 * 60 + 30);
        expect(Math.max(...firstMarks)).toBeGreaterThanOrEqual(31 * 60);

        const results = await db.sessionResult.findMany({
          include: { laps: true, assignment: true },
        });
        expect(results.length).toBeGreaterThan(50);
        const dates = results.map((r) => r.assignment.date.getTime());
        expect((Math.max(...dates) - Math.min(...dates)) / 86_400_000).toBeGreaterThanOrEqual(90);
        // A completed session has every rep lap (4+3+2+1) and the three recoveries.
        const completed = results.filter((r) => r.status === "COMPLETED");
        expect(completed.every((r) => r.laps.length === 13)).toBe(true);
        expect(results.some((r) => r.status === "ABANDONED")).toBe(true);
        // Laps vary realistically around the target, never identical to it.
        const laps = completed.flatMap((r) =>
          r.laps.filter((l) => l.kind === "REP").map((l) => l.timeMs),
        );
        expect(new Set(laps).size).toBeGreaterThan(laps.length * 0.9);

        // Targets are frozen from the mark current on the assignment's date.
        const assignment = results[0]!.assignment;
        expect(assignment.targets).toEqual(
          prescribeStepDown({ fiveKSeconds: assignment.fiveKMs / 1000, units: "metric" }),
        );
        expect(
          await db.assignment.count({ where: { result: null, date: { gt: new Date() } } }),
        ).toBe(12);
      } finally {
        await db.$disconnect();
      }
      await expect(seedDemo(url)).rejects.toThrow(/already there/);
    });
  });
});

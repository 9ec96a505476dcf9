import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { withScratchDatabase } from "@/lib/database/testing";
import { prescribeStepDown } from "@/lib/pacing";
import { hashPassword, verifyPassword } from "@/lib/security/password";
import { DEMO_COACH } from "./demo-squad";
import { demoPassword, demoSignInLine } from "./demo-password";
import { seedDemo } from "./demo";

const DEMO_PASSWORD = "the password this test seeds with";

describe("the demo squad", () => {
  // A scratch database, migrated, then the whole squad: slow on a busy machine.
  it(
    "has a coach, twelve athletes from ~15:00 to ~32:00 and months of logged sessions",
    { timeout: 120_000 },
    async () => {
      await withScratchDatabase(async (url) => {
        await seedDemo(url, DEMO_PASSWORD);
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
        await expect(seedDemo(url, DEMO_PASSWORD)).rejects.toThrow(/already there/);
      });
    },
  );
});

describe("the demo password", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "stepdown-demo-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("is generated on first use, kept readable only by its owner, and the same thereafter", () => {
    const file = path.join(folder, "data", "demo-password");
    const password = demoPassword(file);
    expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(password).not.toBe("step-down-demo");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(demoPassword(file)).toBe(password);
    // Another checkout (another file) gets another password.
    expect(demoPassword(path.join(folder, "other"))).not.toBe(password);
  });

  it(
    "is printed in one line while it signs in as the demo coach, and not once it does not",
    { timeout: 120_000 },
    async () => {
      await withScratchDatabase(async (url) => {
        const file = path.join(folder, "line");
        const password = demoPassword(file);
        const db = createPrismaClient(url);
        try {
          // The demo coach as the seed makes them (the line needs nothing else).
          await db.user.create({
            data: { ...DEMO_COACH, role: "COACH", passwordHash: await hashPassword(password) },
          });
          expect(await demoSignInLine(url, file)).toBe(
            `Demo sign-in: coach@stepdown.test / ${password} (all demo accounts)`,
          );
          expect(await demoSignInLine(url, path.join(folder, "missing"))).toBeUndefined();
          await db.user.update({
            where: { email: DEMO_COACH.email },
            data: { passwordHash: await hashPassword("the coach changed it") },
          });
          expect(await demoSignInLine(url, file)).toBeUndefined();
        } finally {
          await db.$disconnect();
        }
      });
    },
  );
});

import { Decoder, Stream } from "@garmin/fitsdk";
import { afterAll, describe, expect, it } from "vitest";
import { GET as calculatorFit } from "@/app/calculator/workout.fit/route";
import { testDb } from "@/lib/database/testing";
import { prescribeStepDown } from "@/lib/pacing";
import { buildWorld } from "@/lib/server/testing/world";
import { workoutFitFor } from "@/lib/devices/workout-fit";
import { getCurrentWorkout, getSessionWorkout, getSquadWorkouts } from "./workouts";

const db = testDb();
afterAll(() => db.$disconnect());

function steps(bytes: Uint8Array) {
  const decoder = new Decoder(Stream.fromByteArray(bytes));
  expect(decoder.checkIntegrity()).toBe(true);
  const { messages, errors } = decoder.read();
  expect(errors).toEqual([]);
  return { name: messages.workoutMesgs?.[0]?.wktName, steps: messages.workoutStepMesgs ?? [] };
}

describe("a session's workout", () => {
  it("uses the targets frozen at assignment, not today's 5K", async () => {
    const w = await buildWorld(db);
    // Frozen at 21:00 with custom offsets; the athlete's current 5K is 20:00.
    const frozen = prescribeStepDown({
      fiveKSeconds: 1260,
      units: "metric",
      offsets: { rep2: [8, 6], rep3: [9, 7], rep4: [12, 8], recoveryFactor: 2 },
    });
    await db.assignment.update({
      where: { id: w.a.openAssignmentId },
      data: { targets: frozen, fiveKMs: 1_260_000 },
    });
    const workout = await getSessionWorkout(w.viewers.self, w.a.openAssignmentId);
    expect(workout?.name).toBe("4-3-2-1 · 5K 21:00 · Tue 31 Mar");
    expect(workout?.prescription).toEqual(frozen);
    const file = steps(workoutFitFor(workout!.prescription, workout!.name));
    expect(file.name).toBe("4-3-2-1 · 5K 21:00 · Tue 31 Mar");
    expect(file.steps[3]?.customTargetValueHigh).toBe(
      Math.ceil(1_200_000 / frozen.reps[1]!.windowSeconds[0]),
    );
  });

  it("is for whoever sees the session, and for nobody else or once deleted", async () => {
    const w = await buildWorld(db);
    expect(await getSessionWorkout(w.viewers.coach, w.a.openAssignmentId)).not.toBeNull();
    for (const viewer of [
      w.viewers.otherCoach,
      w.viewers.otherSquadAthlete,
      w.viewers.removedCoach,
      null,
    ])
      expect(await getSessionWorkout(viewer, w.a.openAssignmentId)).toBeNull();
    await db.assignment.delete({ where: { id: w.a.openAssignmentId } });
    expect(await getSessionWorkout(w.viewers.self, w.a.openAssignmentId)).toBeNull();
  });
});

describe("the current targets' workout", () => {
  it("comes from the athlete's current 5K, and says when there is none", async () => {
    const w = await buildWorld(db);
    const current = await getCurrentWorkout(w.viewers.self, w.a.athleteId);
    expect(current?.workout?.name).toBe("4-3-2-1 · 5K 20:00");
    const none = await getCurrentWorkout(w.viewers.coach, w.a.loginlessAthleteId);
    expect(none).toMatchObject({ workout: null });
    expect(await getCurrentWorkout(w.viewers.otherCoach, w.a.athleteId)).toBeNull();
  });
});

describe("the squad's workouts for a date", () => {
  it("gives the coaches one workout per athlete assigned that day", async () => {
    const w = await buildWorld(db);
    const day = await getSquadWorkouts(w.viewers.assistantCoach, w.a.id, "2026-03-31");
    expect(day?.workouts.map((x) => x.athleteName)).toEqual(["a athlete"]);
    expect(await getSquadWorkouts(w.viewers.self, w.a.id, "2026-03-31")).toBeNull();
    expect(await getSquadWorkouts(w.viewers.otherCoach, w.a.id, "2026-03-31")).toBeNull();
  });
});

describe("the calculator's workout", () => {
  it("is a FIT file for any valid 5K and a 400 with the reason for a bad one", async () => {
    const ok = calculatorFit(
      new Request("https://x.test/calculator/workout.fit?fiveK=25:00&units=imperial"),
    );
    expect(ok.status).toBe(200);
    const file = steps(new Uint8Array(await ok.arrayBuffer()));
    expect(file.name).toBe("4-3-2-1 · 5K 25:00");
    expect(file.steps).toHaveLength(9);
    const bad = calculatorFit(new Request("https://x.test/calculator/workout.fit?fiveK=9:00"));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/12:00/);
  });
});

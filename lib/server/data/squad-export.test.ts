import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { resultsCsv } from "@/lib/review/results-csv";
import { removeAthlete } from "@/lib/server/actions/remove-athlete";
import { buildWorld } from "@/lib/server/testing/world";
import { getSquadResults } from "./squad-export";

const db = testDb();
afterAll(() => db.$disconnect());

describe("the squad's results export", () => {
  it("gives the coaches every logged session with its laps, former athletes included", async () => {
    const w = await buildWorld(db);
    await db.lap.createMany({
      data: [
        { resultId: w.a.resultId, kind: "REP", repIndex: 0, lapIndex: 0, timeMs: 95_000 },
        { resultId: w.a.resultId, kind: "RECOVERY", repIndex: 0, lapIndex: 0, timeMs: 190_000 },
      ],
    });
    await removeAthlete.invoke(w.viewers.coach, { athleteId: w.a.athleteId });

    const data = await getSquadResults(w.viewers.assistantCoach, w.a.id);
    expect(data?.squadName).toBe(w.a.name);
    // Only the logged session: the open one has no result yet.
    expect(data?.sessions).toHaveLength(1);
    expect(data?.sessions[0]).toMatchObject({
      date: "2026-03-03",
      athlete: "a athlete",
      units: "metric",
      status: "COMPLETED",
    });
    const lines = resultsCsv(data!.sessions).split("\r\n");
    expect(lines[1]).toBe("2026-03-03,a athlete,20:00,completed,,rep,1,1600 m,1,96,95,-1");
    expect(lines[5]).toBe("2026-03-03,a athlete,20:00,completed,,jog,1,400 m,1,192,190,-2");
  });

  it("gives nothing to athletes, other squads' coaches or anyone signed out", async () => {
    const w = await buildWorld(db);
    for (const viewer of [w.viewers.self, w.viewers.otherCoach, w.viewers.removedCoach, null])
      expect(await getSquadResults(viewer, w.a.id)).toBeNull();
    expect(await getSquadResults(w.viewers.coach, "no-such-squad")).toBeNull();
  });
});

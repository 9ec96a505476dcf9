import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { NOT_FOUND } from "@/lib/server/action";
import { getAthlete } from "@/lib/server/data/athletes";
import { getSquad } from "@/lib/server/data/squads";
import { buildWorld } from "@/lib/server/testing/world";
import { removeAthlete } from "./remove-athlete";
import { restoreAthlete } from "./restore-athlete";

const db = testDb();
afterAll(() => db.$disconnect());

describe("former athletes", () => {
  it("lists a removed athlete for the squad's coaches only, history readable but not editable", async () => {
    const w = await buildWorld(db);
    const removed = await removeAthlete.invoke(w.viewers.coach, {
      athleteId: w.a.loginlessAthleteId,
    });
    expect(removed).toMatchObject({ ok: true });

    const squad = await getSquad(w.viewers.assistantCoach, w.a.id);
    expect(squad?.athletes.map((a) => a.id)).not.toContain(w.a.loginlessAthleteId);
    expect(squad?.formerAthletes.map((a) => a.id).sort()).toEqual(
      [w.a.formerAthleteId, w.a.loginlessAthleteId, w.removedAthleteId].sort(),
    );
    expect((await getSquad(w.viewers.self, w.a.id))?.formerAthletes).toEqual([]);

    const seen = await getAthlete(w.viewers.coach, w.a.formerAthleteId);
    expect(seen).toMatchObject({ canCoach: false, canAddMark: false, canRestore: true });
    expect(seen?.marks.map((m) => m.timeMs)).toEqual([1_500_000]);
    expect(await getAthlete(w.viewers.sameSquadAthlete, w.a.formerAthleteId)).toBeNull();
  });

  it("restores an athlete without a login, with their marks, once", async () => {
    const w = await buildWorld(db);
    const [first, second] = await Promise.all([
      restoreAthlete.invoke(w.viewers.coach, { athleteId: w.a.formerAthleteId }),
      restoreAthlete.invoke(w.viewers.assistantCoach, { athleteId: w.a.formerAthleteId }),
    ]);
    // Whichever click came second finds them back already (refused as not restorable).
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect([first, second].find((r) => r.ok)?.message).toMatch(/back in the squad/);

    const squad = await getSquad(w.viewers.coach, w.a.id);
    expect(squad?.athletes.map((a) => a.id)).toContain(w.a.formerAthleteId);
    // Only the world's athlete with a login, removed by a coach, is still a former one.
    expect(squad?.formerAthletes.map((a) => a.id)).toEqual([w.removedAthleteId]);
    // Seen again as a current athlete: by teammates too, where the squad shares results.
    await db.squad.update({ where: { id: w.a.id }, data: { shareResults: true } });
    const athlete = await getAthlete(w.viewers.sameSquadAthlete, w.a.formerAthleteId);
    expect(athlete?.marks).toHaveLength(1);
  });

  it("refuses to restore an athlete with a login, or one who was never removed", async () => {
    const w = await buildWorld(db);
    await removeAthlete.invoke(w.viewers.coach, { athleteId: w.a.teammateId });
    for (const athleteId of [w.a.teammateId, w.a.loginlessAthleteId]) {
      const result = await restoreAthlete.invoke(w.viewers.coach, { athleteId });
      expect(result).toEqual({ ok: false, code: "not_found", message: NOT_FOUND });
    }
    const teammate = await db.athleteProfile.findUniqueOrThrow({ where: { id: w.a.teammateId } });
    expect(teammate.removedAt).not.toBeNull();
  });
});

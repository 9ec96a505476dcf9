import type { Db } from "@/lib/database/client";
import type { World } from "./world";

/**
 * Every row of one squad (the squad, memberships, athletes, marks, invitations, assignments,
 * results and laps), ordered by id and serialised, so "a refused write changed nothing" is one
 * string comparison.
 */
export async function snapshotSquad(db: Db, squadId: string): Promise<string> {
  const byId = { orderBy: { id: "asc" } } as const;
  const [squad, memberships, athletes, marks, invitations, assignments, results, laps, talk] =
    await Promise.all([
      db.squad.findUnique({ where: { id: squadId } }),
      db.membership.findMany({ where: { squadId }, ...byId }),
      db.athleteProfile.findMany({ where: { squadId }, ...byId }),
      db.fiveKMark.findMany({ where: { athlete: { squadId } }, ...byId }),
      db.invitation.findMany({ where: { squadId }, ...byId }),
      db.assignment.findMany({ where: { squadId }, ...byId }),
      db.sessionResult.findMany({ where: { assignment: { squadId } }, ...byId }),
      db.lap.findMany({ where: { result: { assignment: { squadId } } }, ...byId }),
      Promise.all([
        db.comment.findMany({ where: { assignment: { squadId } }, ...byId }),
        db.squadVisit.findMany({ where: { squadId }, orderBy: { userId: "asc" } }),
      ]),
    ]);
  return JSON.stringify({
    squad,
    memberships,
    athletes,
    marks,
    invitations,
    assignments,
    results,
    laps,
    comments: talk[0],
    squadVisits: talk[1],
  });
}

/** The users a world made (name, email, password, session version): a refused write keeps them. */
export async function snapshotUsers(db: Db, world: World): Promise<string> {
  const users = await db.user.findMany({
    where: { id: { in: world.userIds } },
    orderBy: { id: "asc" },
  });
  return JSON.stringify(users);
}

export type WorldSnapshot = { a: string; b: string; users: string };

export async function snapshotWorld(db: Db, world: World): Promise<WorldSnapshot> {
  const [a, b, users] = await Promise.all([
    snapshotSquad(db, world.a.id),
    snapshotSquad(db, world.b.id),
    snapshotUsers(db, world),
  ]);
  return { a, b, users };
}

/** Which parts of the world differ between two snapshots ("squad B", "users"), if any. */
export function changedParts(before: WorldSnapshot, after: WorldSnapshot): string[] {
  const parts: string[] = [];
  if (before.b !== after.b) parts.push("squad B");
  if (before.a !== after.a) parts.push("squad A");
  if (before.users !== after.users) parts.push("users");
  return parts;
}

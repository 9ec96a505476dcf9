import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/server/auth/session";
import { squadRole, visibleAthletesWhere } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { parseRows } from "@/lib/server/raw-rows";

const mySquadRow = z.object({
  role: z.enum(["HEAD_COACH", "COACH", "ATHLETE"]),
  id: z.string(),
  name: z.string(),
  units: z.enum(["METRIC", "IMPERIAL"]),
  shareResults: z.boolean(),
  athleteCount: z.number().int(),
});

/**
 * The squads the viewer belongs to now, with their role in each. How many athletes a squad has
 * is the coaches' to know, and teammates' where the squad shares results; otherwise null.
 */
export async function listMySquads(viewer: Viewer) {
  // One raw statement: the ORM's relation filter, nested count and ordering by a relation took
  // three times as long to compile as to run, on every visit to the coach's home.
  const rows = await db().$queryRaw<unknown[]>`
    SELECT m.role::text AS role, s.id, s.name, s.units::text AS units, s."shareResults",
      (SELECT count(*)::int FROM "AthleteProfile" p
       WHERE p."squadId" = s.id AND p."removedAt" IS NULL) AS "athleteCount"
    FROM "Membership" m JOIN "Squad" s ON s.id = m."squadId" AND s."deletedAt" IS NULL
    WHERE m."userId" = ${viewer.id} AND m."removedAt" IS NULL
    ORDER BY s.name, s.id`;
  return parseRows("my squads", mySquadRow, rows).map(
    ({ shareResults, athleteCount, ...squad }) => ({
      ...squad,
      athleteCount: squad.role !== "ATHLETE" || shareResults ? athleteCount : null,
    }),
  );
}

/**
 * A squad as the viewer may see it, or null (not found and not allowed look the same). Coaches
 * also get the open invitations, the former athletes and the coaches' emails. An athlete gets
 * the athlete list only where the squad shares results; otherwise just their own row: not even
 * teammates' names, since a name beside a 5K time is already a result.
 */
export async function getSquad(viewer: Viewer | null, squadId: string) {
  const [role, visible] = await Promise.all([
    squadRole(viewer, squadId),
    visibleAthletesWhere(viewer, squadId),
  ]);
  if (!viewer || !role || !visible) return null;
  const isCoach = role !== "ATHLETE";
  // The three reads run together: one round trip's wait instead of three.
  const squadRead = db().squad.findUniqueOrThrow({
    where: { id: squadId },
    select: {
      id: true,
      name: true,
      units: true,
      shareResults: true,
      startTime: true,
      predictionModel: true,
      riegelExponent: true,
      athletes: {
        where: { removedAt: null, ...visible },
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          userId: true,
          marks: { orderBy: { date: "desc" }, take: 1, select: { timeMs: true, date: true } },
        },
      },
      memberships: {
        where: { removedAt: null, role: { in: ["HEAD_COACH", "COACH"] } },
        orderBy: { createdAt: "asc" },
        select: { role: true, user: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  const formerAthletes = isCoach
    ? db().athleteProfile.findMany({
        where: { squadId, removedAt: { not: null } },
        orderBy: [{ removedAt: "desc" }, { name: "asc" }],
        select: { id: true, name: true, userId: true, removedAt: true },
      })
    : Promise.resolve([]);
  const invitationsRead = isCoach
    ? db().invitation.findMany({
        // Assistant coaches see (and may withdraw) athlete invitations only; coach ones are the head's.
        where: {
          squadId,
          revokedAt: null,
          expiresAt: { gt: new Date() },
          ...(role === "HEAD_COACH" ? {} : { role: "ATHLETE" }),
        },
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          role: true,
          email: true,
          expiresAt: true,
          uses: true,
          maxUses: true,
          athleteProfile: { select: { name: true } },
        },
      })
    : Promise.resolve([]);
  const [squad, invitations, former] = await Promise.all([
    squadRead,
    invitationsRead,
    formerAthletes,
  ]);
  return {
    id: squad.id,
    name: squad.name,
    units: squad.units,
    shareResults: squad.shareResults,
    startTime: squad.startTime,
    prediction: { model: squad.predictionModel, exponent: squad.riegelExponent },
    role,
    viewerId: viewer.id,
    athletes: squad.athletes.map((a) => ({
      id: a.id,
      name: a.name,
      hasLogin: a.userId !== null,
      isViewer: a.userId === viewer.id,
      latestFiveKMs: a.marks[0]?.timeMs ?? null,
    })),
    // Athletes (often minors' families) get the coaches' names, never their addresses.
    coaches: squad.memberships.map(({ user, role: coachRole }) => ({
      id: user.id,
      name: user.name,
      email: isCoach ? user.email : null,
      role: coachRole,
    })),
    invitations: invitations.filter((i) => i.maxUses === null || i.uses < i.maxUses),
    /** Coaches only: removed athletes, whose history the squad keeps. */
    formerAthletes: former.map((a) => ({
      id: a.id,
      name: a.name,
      hasLogin: a.userId !== null,
      removedOn: a.removedAt!.toISOString().slice(0, 10),
    })),
  };
}

export type SquadView = NonNullable<Awaited<ReturnType<typeof getSquad>>>;

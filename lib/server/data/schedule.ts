import "server-only";
import { todayIn } from "@/lib/dates";
import {
  PacingInputError,
  checkFrequency,
  msToSeconds,
  prescribeStepDown,
  type PacingOffsets,
  type Prescription,
} from "@/lib/pacing";
import type { Viewer } from "@/lib/server/auth/session";
import { canCoachSquad, visibleAthletesWhere } from "@/lib/server/authz";
import { currentMarks } from "@/lib/server/results/current-marks";
import { frozenTargets } from "@/lib/server/results/analysis";
import { db } from "@/lib/server/db";

/** How many of the squad's session dates the sheet offers. */
const SHEET_DATES = 12;

type Who = Viewer | null;
type UnitsKey = "METRIC" | "IMPERIAL";

export type PreviewRequest = {
  squadId: string;
  athleteIds: string[];
  date: string;
  units: UnitsKey;
  offsets: PacingOffsets;
};

export type PreviewAthlete = {
  id: string;
  name: string;
  fiveKMs: number | null;
  prescription: Prescription | null;
  /** Why there is no card ("No 5K time yet"); such an athlete cannot be assigned. */
  note: string | null;
  /** Already has a 4-3-2-1 that day: the assign action refuses it. */
  alreadyAssigned: boolean;
  /** The frequency guard's warnings: the coach may still assign, after acknowledging them. */
  warnings: string[];
};

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dbDate = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * What assigning would do, athlete by athlete, before anything is written: each card from the
 * current 5K with the chosen offsets, and the same refusals and warnings the assign action applies.
 * Coaches only; athletes not (or no longer) in the squad are left out.
 */
export async function previewAssignment(viewer: Who, request: PreviewRequest) {
  if (!(await canCoachSquad(viewer, request.squadId))) return null;
  const athletes = await db().athleteProfile.findMany({
    where: { id: { in: request.athleteIds }, squadId: request.squadId, removedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, assignments: { select: { date: true } } },
  });
  const marks = await currentMarks(athletes.map((a) => a.id));
  const units = request.units === "METRIC" ? "metric" : "imperial";
  return athletes.map((a): PreviewAthlete => {
    const dates = a.assignments.map((x) => iso(x.date));
    const others = dates.filter((d) => d !== request.date);
    const base = {
      id: a.id,
      name: a.name,
      alreadyAssigned: others.length !== dates.length,
      warnings: checkFrequency(others, request.date).warnings,
    };
    const mark = marks.get(a.id);
    if (!mark) return { ...base, fiveKMs: null, prescription: null, note: "No 5K time yet" };
    try {
      const prescription = prescribeStepDown({
        fiveKSeconds: msToSeconds(mark.timeMs),
        units,
        offsets: request.offsets,
      });
      return { ...base, fiveKMs: mark.timeMs, prescription, note: null };
    } catch (error) {
      if (!(error instanceof PacingInputError)) throw error;
      return { ...base, fiveKMs: mark.timeMs, prescription: null, note: error.message };
    }
  });
}

export type CalendarStatus = "done" | "missed" | "assigned";

/**
 * The squad's 4-3-2-1 sessions between two days (inclusive), each with its status: done (with the
 * logged status), missed (past, nothing logged) or assigned (today or later). Any member sees it;
 * an athlete sees only their own sessions unless the squad shares results.
 */
export async function getSquadCalendar(
  viewer: Who,
  squadId: string,
  range: { from: string; to: string },
) {
  const visible = await visibleAthletesWhere(viewer, squadId);
  if (!viewer || !visible) return null;
  const [squad, rows, canCoach] = await Promise.all([
    db().squad.findUniqueOrThrow({
      where: { id: squadId },
      select: { id: true, name: true, units: true },
    }),
    db().assignment.findMany({
      where: {
        squadId,
        date: { gte: dbDate(range.from), lte: dbDate(range.to) },
        athlete: { removedAt: null, ...visible },
      },
      orderBy: [{ date: "asc" }, { athlete: { name: "asc" } }],
      select: {
        id: true,
        date: true,
        athlete: { select: { id: true, name: true } },
        result: { select: { status: true } },
      },
    }),
    canCoachSquad(viewer, squadId),
  ]);
  const today = todayIn(viewer.timeZone);
  const entries = rows.map((a) => {
    const date = iso(a.date);
    const status: CalendarStatus = a.result ? "done" : date < today ? "missed" : "assigned";
    return { id: a.id, date, athlete: a.athlete, status, result: a.result?.status ?? null };
  });
  return { squad, canCoach, today, entries };
}

export type CalendarEntry = NonNullable<
  Awaited<ReturnType<typeof getSquadCalendar>>
>["entries"][number];

/**
 * Every athlete's frozen targets for one session date: the clipboard sheet (an athlete's own
 * alone unless the squad shares results). Also the squad's session dates nearest that day, so
 * the sheet can offer them.
 */
export async function getSquadSheet(viewer: Who, squadId: string, date: string) {
  const visible = await visibleAthletesWhere(viewer, squadId);
  if (!visible) return null;
  const [squad, rows, dates] = await Promise.all([
    db().squad.findUniqueOrThrow({
      where: { id: squadId },
      select: { id: true, name: true, units: true },
    }),
    db().assignment.findMany({
      where: { squadId, date: dbDate(date), athlete: { removedAt: null, ...visible } },
      orderBy: { athlete: { name: "asc" } },
      select: { id: true, targets: true, athlete: { select: { id: true, name: true } } },
    }),
    // GROUP BY in SQL: findMany's `distinct` would read every session of the squad's history
    // and drop the repeats in Prisma's engine (thousands of rows for a club's two years).
    db().assignment.groupBy({
      by: ["date"],
      where: { squadId, athlete: { removedAt: null, ...visible } },
      orderBy: { date: "desc" },
      take: SHEET_DATES,
    }),
  ]);
  return {
    squad,
    date,
    rows: rows.map((a) => ({
      assignmentId: a.id,
      athlete: a.athlete,
      prescription: frozenTargets(a.targets),
    })),
    sessionDates: dates.map((d) => iso(d.date)),
  };
}

export type SquadSheet = NonNullable<Awaited<ReturnType<typeof getSquadSheet>>>;

/**
 * The viewer's own sessions from today (or `from`) on, as an athlete, across the squads they
 * belong to. Only the athlete themself: coaches see squads' sessions through the calendar.
 */
export async function listUpcoming(viewer: Who, options: { from?: string } = {}) {
  if (!viewer) return [];
  const rows = await db().assignment.findMany({
    where: {
      date: { gte: dbDate(options.from ?? todayIn(viewer.timeZone)) },
      athlete: { userId: viewer.id, removedAt: null },
      squad: {
        deletedAt: null,
        memberships: { some: { userId: viewer.id, removedAt: null } },
      },
    },
    orderBy: { date: "asc" },
    take: 10,
    select: { id: true, date: true, squad: { select: { id: true, name: true } } },
  });
  return rows.map((a) => ({ id: a.id, date: iso(a.date), squad: a.squad }));
}

/**
 * Every in-app URL the code builds, in one place: a renamed route changes here, and an id is
 * always encoded. Pure strings, safe on both server and client. Query values go through
 * URLSearchParams; unset ones are left out.
 */
type Query = Record<string, string | number | undefined>;

const id = encodeURIComponent;

function withQuery(path: string, query: Query = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

const squad = (squadId: string) => `/squads/${id(squadId)}`;
const athlete = (athleteId: string) => `/athletes/${id(athleteId)}`;
const session = (assignmentId: string) => `/sessions/${id(assignmentId)}`;

export const paths = {
  dashboard: (query?: { squad?: string; date?: string; triage?: string }) =>
    withQuery("/dashboard", query),
  account: (query?: { linked?: string }, hash?: string) =>
    withQuery("/account", query) + (hash ? `#${hash}` : ""),
  newSquad: () => "/squads/new",

  squad,
  squadAssign: (squadId: string, query?: { date?: string }) =>
    withQuery(`${squad(squadId)}/assign`, query),
  squadCalendar: (
    squadId: string,
    query?: { view?: "week" | "month"; date?: string; assigned?: number },
  ) => withQuery(`${squad(squadId)}/calendar`, query),
  squadSheet: (squadId: string, date?: string) => withQuery(`${squad(squadId)}/sheet`, { date }),
  squadStopwatch: (squadId: string, date?: string) =>
    withQuery(`${squad(squadId)}/stopwatch`, { date }),
  squadImport: (squadId: string) => `${squad(squadId)}/import`,
  squadResultsCsv: (squadId: string) => `${squad(squadId)}/results.csv`,
  squadWorkoutsZip: (squadId: string, date: string) =>
    withQuery(`${squad(squadId)}/workouts.zip`, { date }),

  athlete,
  athleteProgress: (athleteId: string) => `${athlete(athleteId)}/progress`,
  athleteWorkoutFit: (athleteId: string) => `${athlete(athleteId)}/workout.fit`,

  session,
  sessionLog: (assignmentId: string, query?: { from?: "stopwatch" }) =>
    withQuery(`${session(assignmentId)}/log`, query),
  sessionWorkoutFit: (assignmentId: string) => `${session(assignmentId)}/workout.fit`,
  sessionCalendarIcs: (assignmentId: string) => `${session(assignmentId)}/calendar.ics`,
  sessionOriginal: (assignmentId: string) => `${session(assignmentId)}/original`,
} as const;

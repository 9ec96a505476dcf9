import { athleteEvent, calendarIcs } from "@/lib/calendar/feed-ics";
import { workoutFileName } from "@/lib/devices/workout-text";
import { env } from "@/lib/env";
import { currentUser } from "@/lib/server/auth/session";
import { getSessionWorkout } from "@/lib/server/data/workouts";
import { download, ICS_TYPE, notFound, publicOrigin } from "@/lib/server/download";

/**
 * "Add to calendar" for one session: the same event, with the same UID, as the athlete's feed
 * holds, so adding both never shows it twice. Same rule as the workout file: getSessionWorkout.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ assignmentId: string }> },
) {
  const { assignmentId } = await params;
  const workout = await getSessionWorkout(await currentUser(), assignmentId);
  if (!workout) return notFound();
  const url = `${publicOrigin(request, env().NEXTAUTH_URL)}/sessions/${workout.assignmentId}`;
  const ics = calendarIcs(workout.name, [athleteEvent({ ...workout, url })]);
  return download(ics, ICS_TYPE, workoutFileName(workout.name, "ics"));
}

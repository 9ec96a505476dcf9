import { workoutFitFor } from "@/lib/devices/workout-fit";
import { workoutFileName } from "@/lib/devices/workout-text";
import { currentUser } from "@/lib/server/auth/session";
import { getSessionWorkout } from "@/lib/server/data/workouts";
import { download, FIT_TYPE, notFound } from "@/lib/server/download";

/**
 * The session's structured workout for a watch, from the targets frozen at assignment. Whoever
 * may see the session may have it (getSessionWorkout decides); anyone else, and a deleted
 * session, gets the same 404.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ assignmentId: string }> },
) {
  const { assignmentId } = await params;
  const workout = await getSessionWorkout(await currentUser(), assignmentId);
  if (!workout) return notFound();
  const bytes = workoutFitFor(workout.prescription, workout.name);
  return download(bytes, FIT_TYPE, workoutFileName(workout.name, "fit"));
}

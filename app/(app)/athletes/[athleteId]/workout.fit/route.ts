import { workoutFitFor } from "@/lib/devices/workout-fit";
import { workoutFileName } from "@/lib/devices/workout-text";
import { currentUser } from "@/lib/server/auth/session";
import { getCurrentWorkout } from "@/lib/server/data/workouts";
import { download, FIT_TYPE, notFound } from "@/lib/server/download";

/**
 * A workout from the athlete's current 5K (not a session's frozen targets), for whoever may see
 * the athlete (getCurrentWorkout decides); 404 for everyone else. 409 while there is no 5K time.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ athleteId: string }> },
) {
  const { athleteId } = await params;
  const current = await getCurrentWorkout(await currentUser(), athleteId);
  if (!current) return notFound();
  if (!current.workout) {
    return new Response(`${current.athleteName} has no 5K time yet: add one to get targets.`, {
      status: 409,
    });
  }
  const { name, prescription } = current.workout;
  return download(workoutFitFor(prescription, name), FIT_TYPE, workoutFileName(name, "fit"));
}

import { zipSync } from "fflate";
import { isDay } from "@/lib/dates";
import { workoutFitFor } from "@/lib/devices/workout-fit";
import { workoutFileName } from "@/lib/devices/workout-text";
import { currentUser } from "@/lib/server/auth/session";
import { getSquadWorkouts } from "@/lib/server/data/workouts";
import { download, notFound } from "@/lib/server/download";

/**
 * Every athlete's workout file for one date as one zip, for the squad's coaches
 * (getSquadWorkouts decides; 404 for everyone else). ?date=YYYY-MM-DD.
 */
export async function GET(request: Request, { params }: { params: Promise<{ squadId: string }> }) {
  const { squadId } = await params;
  const date = new URL(request.url).searchParams.get("date");
  if (!isDay(date)) {
    return new Response("Say which day: ?date=YYYY-MM-DD.", { status: 400 });
  }
  const data = await getSquadWorkouts(await currentUser(), squadId, date);
  if (!data) return notFound();
  if (data.workouts.length === 0) {
    return new Response(`Nothing is assigned on ${date}.`, { status: 404 });
  }
  const files: Record<string, Uint8Array> = {};
  for (const w of data.workouts) {
    const base = workoutFileName(`${w.athleteName} ${w.name}`, "fit");
    // Two athletes of the same name still get a file each.
    let name = base;
    for (let n = 2; name in files; n++) name = base.replace(/\.fit$/, ` (${n}).fit`);
    files[name] = workoutFitFor(w.prescription, w.name);
  }
  return download(
    zipSync(files),
    "application/zip",
    workoutFileName(`${data.squadName} workouts ${date}`, "zip"),
  );
}

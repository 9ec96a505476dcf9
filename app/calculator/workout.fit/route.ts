import { writeWorkoutFit } from "@/lib/devices/workout-fit";
import { workoutFileName, workoutName } from "@/lib/devices/workout-text";
import { parseTargetsQuery } from "@/lib/validation/targets";

/**
 * GET /calculator/workout.fit?fiveK=20:00&units=metric: the calculator's targets as a watch
 * workout, for anyone (a pure function of the query, like the calculator). 400 with the reason
 * for a bad time.
 */
export function GET(request: Request) {
  const result = parseTargetsQuery(new URL(request.url).searchParams);
  if (!result.ok) {
    return new Response(Object.values(result.fields).join(" ") || result.error, { status: 400 });
  }
  const { fiveK, units } = result.data;
  const name = workoutName(fiveK);
  const bytes = new Uint8Array(writeWorkoutFit({ fiveKSeconds: fiveK, units, name }));
  return new Response(bytes, {
    headers: {
      "Content-Type": "application/vnd.ant.fit",
      "Content-Disposition": `attachment; filename="${workoutFileName(name, "fit")}"`,
      "Cache-Control": "public, max-age=86400",
    },
  });
}

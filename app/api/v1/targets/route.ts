import { describePrescription } from "@/components/targets/describe-prescription";
import { parseTargetsQuery } from "@/lib/validation/targets";

/**
 * GET /api/v1/targets?fiveK=20:00&units=metric (units default to metric).
 *
 * 200: { prescription, display }
 *   - `prescription` is exactly what prescribeStepDown returns: seconds with decimals, metres.
 *     It is the contract; programs should read numbers from here.
 *   - `display` holds the same targets as the watch-face strings the calculator page shows
 *     ("4:42.5"), for people reading the JSON and for clients that only want to show them.
 * 400: { error, fields: { fiveK?, units? } }, each message written for a person.
 */
export function GET(request: Request) {
  const result = parseTargetsQuery(new URL(request.url).searchParams);
  if (!result.ok) {
    return Response.json(
      { error: result.error, fields: result.fields },
      // Not cached: a message may improve, and a bad URL should not linger in caches.
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  const { prescription } = result.data;
  return Response.json(
    { prescription, display: describePrescription(prescription) },
    // A pure function of the query: the same URL always gets the same answer.
    { headers: { "Cache-Control": "public, max-age=86400" } },
  );
}

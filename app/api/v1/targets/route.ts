import { describePrescription } from "@/components/targets/describe-prescription";
import { parseTargetsQuery } from "@/lib/validation/targets";
import { clientAddress } from "@/lib/server/client-address";
import { LIMITS, takeLimit } from "@/lib/server/limits";

/**
 * GET /api/v1/targets?fiveK=20:00&units=metric (units default to metric).
 *
 * 200: { prescription, display }
 *   - `prescription` is exactly what prescribeStepDown returns: seconds with decimals, metres.
 *     It is the contract; programs should read numbers from here.
 *   - `display` holds the same targets as the watch-face strings the calculator page shows
 *     ("4:42.5"), for people reading the JSON and for clients that only want to show them.
 * 400: { error, fields: { fiveK?, units? } }, each message written for a person.
 * 429: { error, retryAfterSeconds } with a Retry-After header: more than 60 requests a minute
 *   from one address (a program should cache: the same query always gets the same answer).
 */
export async function GET(request: Request) {
  const wait = await takeLimit("targetsApiPerAddress", clientAddress(request.headers));
  if (wait > 0) {
    const { points, duration } = LIMITS.targetsApiPerAddress;
    return Response.json(
      {
        error: `Too many requests: at most ${points} every ${duration} seconds from one address. Try again in ${wait} s.`,
        retryAfterSeconds: wait,
      },
      { status: 429, headers: { "Retry-After": String(wait), "Cache-Control": "no-store" } },
    );
  }
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

import { parseTimeOrThrow } from "../lib/pacing";
import { createSession, dayFromToday } from "./factories";

export { lastSegment } from "./factories";

/**
 * Assigns one metric step-down to an athlete straight in the database, with targets frozen from
 * `fiveK` as the assign action would: the assign screen is not part of what these tests drive.
 */
export function assignSession(athleteId: string, fiveK = "20:00", date = dayFromToday()) {
  return createSession({ athleteId, fiveKSeconds: parseTimeOrThrow(fiveK), day: date });
}

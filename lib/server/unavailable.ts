import "server-only";
import type { ActionState } from "@/lib/action-state";
import { isUnavailableError, markUnavailable } from "@/lib/database/availability";

export const UNAVAILABLE =
  "The database cannot be reached right now, so this was not done. Try again in a minute.";

/**
 * For defineAction (lib/server/action.ts): an action that failed because PostgreSQL is down or
 * restarting answers a state the form shows (and the stopwatch retries, with the same
 * idempotency key) instead of throwing; marking the request makes scripts/serve.ts send it
 * as a 503. Anything else is not ours: undefined, and the caller rethrows.
 */
export function unavailableState(error: unknown): ActionState | undefined {
  if (!isUnavailableError(error)) return undefined;
  markUnavailable();
  return { ok: false, code: "unavailable", message: UNAVAILABLE };
}

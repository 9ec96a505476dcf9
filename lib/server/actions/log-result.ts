"use server";
import { logResultSchema } from "@/lib/validation/coaching";
import { defineAction } from "@/lib/server/action";
import { canLogAssignment } from "@/lib/server/authz";
import { saveResult } from "@/lib/server/results/save-result";

/**
 * Logs (or, with expectedVersion, edits) a session lap by lap: the result and its laps in one
 * transaction. The idempotency key comes from the device, so an upload retried after a lost
 * connection, or sent 25 times at once, stores one result. An edit based on a version that has
 * since changed is refused, never silently overwritten. The checks and the write are
 * saveResult's, which a watch-file import goes through too.
 */
export const logResult = defineAction({
  input: logResultSchema,
  authorize: (viewer, { assignmentId }) => canLogAssignment(viewer, assignmentId),
  async run(viewer, input) {
    // A stopwatch result is recorded as such; a typed edit of it keeps that origin, as a typed
    // edit of an imported result keeps its file (saveResult).
    const origin = input.source === "STOPWATCH" ? { source: input.source } : undefined;
    const { message, revalidate } = await saveResult(viewer, input, origin);
    return { message, revalidate };
  },
});

"use server";
import { saveImportSchema } from "@/lib/validation/imports";
import { defineAction } from "@/lib/server/action";
import { canLogAssignment } from "@/lib/server/authz";
import { saveImport } from "@/lib/server/imports";

/**
 * Saves a session from a watch file (the log page's "Import from watch"): the athlete for their
 * own session, a coach for any athlete of the squad. The file is read again on the server and
 * saved like typed laps (lib/server/imports). data.outcome is "saved", "edited" or "duplicate"
 * (the same file was imported for this session before: nothing changes).
 */
export const saveImportAction = defineAction({
  input: saveImportSchema,
  authorize: (viewer, { assignmentId }) => canLogAssignment(viewer, assignmentId),
  async run(viewer, input) {
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const saved = await saveImport(viewer, {
      assignmentId: input.assignmentId,
      file: { name: input.file.name || "The file", bytes },
      entry: input.entry,
      choice: input.choice,
      status: input.status,
      effort: input.effort,
      notes: input.notes,
      confirmOtherDay: input.confirmOtherDay,
      expectedVersion: input.expectedVersion,
    });
    return {
      message: saved.message,
      revalidate: saved.revalidate,
      data: { outcome: saved.outcome },
    };
  },
});

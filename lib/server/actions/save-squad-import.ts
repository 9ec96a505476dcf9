"use server";
import { paths } from "@/lib/paths";
import { ActionError, defineAction, NOT_FOUND } from "@/lib/server/action";
import { canCoachSquad } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { saveImport } from "@/lib/server/imports";
import { saveSquadImportSchema, type FileOutcome } from "@/lib/validation/squad-import";

/**
 * The coach's squad import for a session date: many watch files, each for the athlete the coach
 * confirmed. Coaches of the squad only. Each file is read again and saved by saveImport in its
 * own transaction (the same checks as the log page's import), so one refused file never stops or
 * undoes the others; data.results reports every file in order (JSON of FileOutcome[]).
 */
export const saveSquadImport = defineAction({
  input: saveSquadImportSchema,
  authorize: (viewer, { squadId }) => canCoachSquad(viewer, squadId),
  async run(viewer, input) {
    // Only this squad's sessions: an id from elsewhere reads as missing, file by file.
    const mine = await db().assignment.findMany({
      where: { id: { in: input.assignmentIds }, squadId: input.squadId },
      select: { id: true },
    });
    const known = new Set(mine.map((a) => a.id));
    const results: FileOutcome[] = [];
    const revalidate = new Set<string>([paths.squadImport(input.squadId)]);
    for (const [i, file] of input.files.entries()) {
      const name = file.name || `File ${i + 1}`;
      const assignmentId = input.assignmentIds[i]!;
      if (!known.has(assignmentId)) {
        results.push({ name, ok: false, outcome: "not_found", message: `${name}: ${NOT_FOUND}` });
        continue;
      }
      try {
        const saved = await saveImport(viewer, {
          assignmentId,
          file: { name, bytes: new Uint8Array(await file.arrayBuffer()) },
          status: input.statuses[i]!,
          confirmOtherDay: input.confirmOtherDay.includes(assignmentId),
        });
        saved.revalidate.forEach((path) => revalidate.add(path));
        results.push({ name, ok: true, outcome: saved.outcome, message: saved.message });
      } catch (error) {
        if (!(error instanceof ActionError)) throw error;
        const fields = Object.values(error.fields ?? {});
        const detail = fields.length ? `${error.message} ${fields.join(" ")}` : error.message;
        results.push({ name, ok: false, outcome: error.code, message: `${name}: ${detail}` });
      }
    }
    const saved = results.filter((r) => r.ok).length;
    return {
      message: `${saved} of ${results.length} ${results.length === 1 ? "file" : "files"} saved.`,
      revalidate: [...revalidate],
      data: { results: JSON.stringify(results) },
    };
  },
});

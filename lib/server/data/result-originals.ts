import "server-only";
import type { Viewer } from "@/lib/server/auth/session";
import { canSeeAssignment } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { unpackOriginal } from "@/lib/server/imports/original";

/**
 * The watch file an imported result was read from, unpacked, for whoever may see the result
 * (canSeeAssignment: the athlete, the squad's coaches, teammates where the squad shares results).
 * Null when denied, when there is no result, or when it was not imported: the route answers 404
 * alike, so ids cannot be probed.
 */
export async function getResultOriginal(viewer: Viewer | null, assignmentId: string) {
  if (!(await canSeeAssignment(viewer, assignmentId))) return null;
  const original = await db().resultOriginal.findFirst({
    where: { result: { assignmentId } },
    select: { fileName: true, gzip: true, size: true },
  });
  if (!original) return null;
  return { fileName: original.fileName, bytes: unpackOriginal(original.gzip), size: original.size };
}

/**
 * Where a session's result came from, for the session page ("Imported from Garmin fēnix 6, FIT,
 * morning-run.fit, started 07:02") and the log page (read the stored file again). Null when the
 * viewer may not see the session or nothing is logged.
 */
export async function getResultSource(viewer: Viewer | null, assignmentId: string) {
  if (!(await canSeeAssignment(viewer, assignmentId))) return null;
  const result = await db().sessionResult.findUnique({
    where: { assignmentId },
    select: {
      source: true,
      importDevice: true,
      importFormat: true,
      importFileName: true,
      importStartedAt: true,
      importUtcOffsetMinutes: true,
      original: { select: { size: true } },
    },
  });
  if (!result) return null;
  return {
    source: result.source,
    device: result.importDevice,
    format: result.importFormat,
    fileName: result.importFileName,
    startedAt: result.importStartedAt?.toISOString() ?? null,
    utcOffsetMinutes: result.importUtcOffsetMinutes,
    hasOriginal: result.original !== null,
  };
}

export type ResultSourceView = NonNullable<Awaited<ReturnType<typeof getResultSource>>>;

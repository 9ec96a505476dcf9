import { paths } from "@/lib/paths";
import type { Viewer } from "@/lib/server/auth/session";
import { getResultSource } from "@/lib/server/data/result-originals";
import { provenanceText } from "./provenance-text";

/**
 * On the session page, under the result: "Imported from Garmin fēnix 6, FIT, morning-run.fit,
 * started 07:02", with the original file for whoever may see the result.
 */
export async function ImportSource({
  assignmentId,
  viewer,
}: {
  assignmentId: string;
  viewer: Viewer;
}) {
  const source = await getResultSource(viewer, assignmentId);
  if (!source || source.source !== "IMPORT") return null;
  const text = provenanceText(
    {
      device: source.device,
      format: (source.format ?? "FIT") as "FIT" | "TCX" | "GPX",
      fileName: source.fileName ?? "a watch file",
      startedAt: source.startedAt,
      utcOffsetMinutes: source.utcOffsetMinutes,
    },
    viewer.timeZone,
  );
  return (
    <p className="mt-3 text-slate-700">
      Imported from {text}.
      {source.hasOriginal ? (
        <>
          {" "}
          <a
            href={paths.sessionOriginal(assignmentId)}
            className="text-brand-700 underline"
            download
          >
            Download the original file
          </a>
        </>
      ) : null}
    </p>
  );
}

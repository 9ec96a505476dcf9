import { card } from "@/components/ui/styles";
import type { Viewer } from "@/lib/server/auth/session";
import { getResultSource } from "@/lib/server/data/result-originals";
import type { SessionView } from "@/lib/server/data/sessions";
import { paths } from "@/lib/paths";
import { ImportSection } from "./import-section";

/** The log page's "Import from watch" card: what the client part needs, read on the server. */
export async function ImportFromWatch({
  session,
  viewer,
}: {
  session: SessionView;
  viewer: Viewer;
}) {
  const source = session.result ? await getResultSource(viewer, session.id) : null;
  return (
    <section className={card} aria-labelledby="import-from-watch">
      <h2 id="import-from-watch" className="mb-2 text-lg font-medium">
        Import from watch
      </h2>
      <ImportSection
        assignmentId={session.id}
        units={session.units === "METRIC" ? "metric" : "imperial"}
        prescription={session.prescription}
        sessionDate={session.date}
        timeZone={viewer.timeZone}
        existingVersion={session.result?.version ?? null}
        originalHref={source?.hasOriginal ? paths.sessionOriginal(session.id) : null}
      />
    </section>
  );
}

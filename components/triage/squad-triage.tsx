import { card } from "@/components/ui/styles";
import type { Viewer } from "@/lib/server/auth/session";
import { loadTriage } from "@/lib/server/data/triage";
import { TriageList } from "./triage-list";

/** The coach's triage for the squad on screen; nothing for anyone who does not coach it. */
export async function SquadTriage({ viewer, squadId }: { viewer: Viewer; squadId: string }) {
  const triage = await loadTriage(viewer, squadId);
  if (!triage) return null;
  return (
    <div className={card}>
      <TriageList lines={triage.lines} />
    </div>
  );
}

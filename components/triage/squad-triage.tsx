import { card } from "@/components/ui/styles";
import type { TriageKind } from "@/lib/pacing";
import type { SquadTriage as Triage } from "@/lib/server/data/triage";
import { TriageList } from "./triage-list";

/** The coach's triage for the squad on screen (read by the page); nothing for a non-coach. */
export async function SquadTriage({
  triage: reading,
  squadId,
  expanded,
}: {
  triage: Promise<Triage | null>;
  squadId: string;
  expanded?: TriageKind;
}) {
  const triage = await reading;
  if (!triage) return null;
  return (
    <div className={card}>
      <TriageList lines={triage.lines} squadId={squadId} expanded={expanded} />
    </div>
  );
}

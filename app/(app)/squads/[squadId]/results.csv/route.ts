import { todayIn } from "@/lib/dates";
import { resultsCsv } from "@/lib/review/results-csv";
import { currentUser } from "@/lib/server/auth/session";
import { getSquadResults } from "@/lib/server/data/squad-export";

/**
 * The squad's logged sessions as a CSV download, one row per lap against its target, for the
 * coaches' own spreadsheets. Who may have it is getSquadResults' call (the squad's coaches);
 * everyone else gets the same 404 as for a squad that does not exist.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ squadId: string }> }) {
  const { squadId } = await params;
  const viewer = await currentUser();
  const data = await getSquadResults(viewer, squadId);
  if (!data || !viewer) return new Response("Not found", { status: 404 });
  const day = todayIn(viewer.timeZone);
  const name = `${data.squadName} results ${day}.csv`;
  const ascii = name.replace(/[^\w .-]+/g, "").trim() || `results ${day}.csv`;
  return new Response(resultsCsv(data.sessions), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
    },
  });
}

import { paths } from "@/lib/paths";
import { WORKER_SOURCE } from "./worker-source";

/**
 * Serves the stopwatch's service worker (see worker-source.ts). The script holds no data and is
 * the same for every squad, so it needs no sign-in; the pages it keeps were loaded by a signed-in
 * member. Its scope is the stopwatch page itself, which sits one level above this file: the
 * Service-Worker-Allowed header permits that.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ squadId: string }> }) {
  const { squadId } = await params;
  return new Response(WORKER_SOURCE, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "no-cache",
      "Service-Worker-Allowed": paths.squadStopwatch(squadId),
    },
  });
}

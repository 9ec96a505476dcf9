import { env } from "@/lib/env";
import { getFeedCalendar } from "@/lib/server/data/calendar-feeds";
import { publicOrigin } from "@/lib/server/download";

/**
 * A private calendar feed: /feeds/<token>.ics. Calendar apps fetch it with no sign-in, so the
 * unguessable token is the only key; an unknown or revoked token gets the same 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const token = /^([A-Za-z0-9_-]{16,64})\.ics$/.exec(file)?.[1];
  const ics = token
    ? await getFeedCalendar(token, publicOrigin(request, env().NEXTAUTH_URL))
    : null;
  if (!ics) return new Response("Not found", { status: 404 });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      // Not cached by proxies: it is private, and a revoked feed must stop at once.
      "Cache-Control": "private, no-store",
    },
  });
}

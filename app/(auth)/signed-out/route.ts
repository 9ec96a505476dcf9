import { safeCallbackPath } from "@/lib/safe-redirect";

/**
 * The last step of signing out on this device (components/auth/sign-out.ts): after next-auth has
 * ended the session, the browser comes here and is told to clear the site's caches and storage
 * (the stopwatch's queued results, its offline copies of squad pages, its service worker), then
 * goes on to `next` (sign-in by default). Browsers honour Clear-Site-Data on secure origins only;
 * localhost counts.
 *
 * Linked to from another site, this would delete results a coach has not uploaded yet without
 * the warning the sign-out button gives, so only the app's own pages (or an address typed by
 * the user) get the header: Sec-Fetch-Site says where a navigation came from.
 */
export function GET(request: Request) {
  const site = request.headers.get("sec-fetch-site");
  const fromElsewhere = site === "cross-site" || site === "same-site";
  const next = new URL(request.url).searchParams.get("next") ?? undefined;
  const headers = new Headers({
    Location: fromElsewhere ? "/sign-in" : safeCallbackPath(next, "/sign-in"),
    "Cache-Control": "no-store",
  });
  if (!fromElsewhere) headers.set("Clear-Site-Data", '"cache", "storage"');
  return new Response(null, { status: 303, headers });
}

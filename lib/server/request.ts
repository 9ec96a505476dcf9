import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/server/client-address";

/** The request's headers, or null outside a request (a script, a test calling an action). */
async function requestHeaders(): Promise<Headers | null> {
  try {
    return await headers();
  } catch {
    return null;
  }
}

/** The client's address for per-address limits; "unknown" outside a request, as clientAddress. */
export async function requestAddress(): Promise<string> {
  const request = await requestHeaders();
  return request ? clientAddress(request) : "unknown";
}

/**
 * Where the browser reached us, for an absolute link in an email. Next.js has already checked an
 * action's Origin header against x-forwarded-host / host; without a usable Origin the forwarded
 * or plain host is used. Null outside a request or when nothing parses.
 */
export async function requestOrigin(): Promise<string | null> {
  const request = await requestHeaders();
  if (!request) return null;
  const first = (name: string) => request.get(name)?.split(",")[0]?.trim() || undefined;
  const host = first("x-forwarded-host") ?? first("host");
  const proto = first("x-forwarded-proto") ?? "http";
  return asOrigin(first("origin")) ?? asOrigin(host && `${proto}://${host}`);
}

/** scheme://host[:port] and nothing else: a header with a path or credentials is refused. */
function asOrigin(candidate: string | undefined): string | null {
  if (!candidate || !URL.canParse(candidate)) return null;
  const url = new URL(candidate);
  const bare = url.pathname === "/" && !url.username && !url.password && !url.search && !url.hash;
  return bare && /^https?:$/.test(url.protocol) ? url.origin : null;
}

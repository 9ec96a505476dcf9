import "server-only";

/**
 * The client's IP address, for per-address limits and loopback-only details.
 *
 * Anyone can send an X-Forwarded-For header, so the app never trusts one as it arrives: the app's
 * own HTTP server (scripts/serve.ts) replaces it, before Next sees the request, with the single
 * address resolved from the socket and the proxies named in TRUSTED_PROXIES (none by default, so
 * the socket's address counts). Here it is only read back.
 */
export function clientAddress(headers: Headers | Record<string, unknown>): string {
  const value =
    headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const first = typeof value === "string" ? value.split(",")[0]?.trim() : undefined;
  return first || "unknown";
}

/** True for requests from this machine itself (127.0.0.0/8, ::1, IPv4-mapped loopback). */
export function isLoopback(address: string): boolean {
  return /^(127\.|::1$|::ffff:127\.)/.test(address);
}

import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";

/** proxy-addr's question: is the hop at this address, `hop` steps from us, a proxy we trust? */
export type Trust = (address: string, hop: number) => boolean;

/**
 * TRUSTED_PROXIES in proxy-addr's (and Express's) syntax: a comma list of addresses, CIDR ranges
 * and the names "loopback", "linklocal", "uniquelocal"; or a number of hops. Unset or empty trusts
 * nothing, so the socket's own address is the client's. Throws on an address it cannot parse, so
 * a typo stops the server at start instead of silently trusting nobody (or everybody).
 */
export function compileTrust(setting: string | undefined): Trust {
  const value = setting?.trim() ?? "";
  if (value === "") return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return proxyAddr.compile(
    value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
  );
}

/**
 * Replaces whatever X-Forwarded-For the request arrived with by the one client address resolved
 * from the socket through the trusted proxies. Next only fills the header in when it is absent,
 * so without this a client could name any address it liked (and dodge per-address limits).
 * lib/server/client-address.ts reads the result back.
 */
export function rewriteForwardedFor(req: IncomingMessage, trust: Trust): void {
  // A socket that has already closed has no address left to report.
  const address = req.socket.remoteAddress ? proxyAddr(req, trust) : undefined;
  if (address) req.headers["x-forwarded-for"] = address;
  else delete req.headers["x-forwarded-for"];
}

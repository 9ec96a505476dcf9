import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";
import { compileTrust, rewriteForwardedFor, type Trust } from "./forwarded-for";

/** A request as node:http hands it over: headers plus the socket's peer address. */
const request = (remoteAddress: string | undefined, forwarded?: string) =>
  ({
    headers: forwarded === undefined ? {} : { "x-forwarded-for": forwarded },
    socket: { remoteAddress },
  }) as unknown as IncomingMessage;

const resolved = (trust: Trust, remoteAddress: string | undefined, forwarded?: string) => {
  const req = request(remoteAddress, forwarded);
  rewriteForwardedFor(req, trust);
  return req.headers["x-forwarded-for"];
};

describe("rewriting X-Forwarded-For from TRUSTED_PROXIES", () => {
  it("without TRUSTED_PROXIES a spoofed header is replaced by the socket's address", () => {
    const none = compileTrust(undefined);
    expect(resolved(none, "203.0.113.7", "1.2.3.4")).toBe("203.0.113.7");
    expect(resolved(none, "203.0.113.7", "1.2.3.4, 127.0.0.1")).toBe("203.0.113.7");
    expect(resolved(none, "203.0.113.7")).toBe("203.0.113.7");
    expect(resolved(compileTrust("  "), "::1", "1.2.3.4")).toBe("::1");
  });

  it("from a trusted proxy the header's nearest untrusted hop is the client", () => {
    const trust = compileTrust("loopback, 10.0.0.0/8");
    expect(resolved(trust, "127.0.0.1", "198.51.100.9")).toBe("198.51.100.9");
    // The client may prepend anything; only the hops our proxies added are believed.
    expect(resolved(trust, "10.1.2.3", "6.6.6.6, 198.51.100.9")).toBe("198.51.100.9");
    expect(resolved(trust, "127.0.0.1", "6.6.6.6, 198.51.100.9, 10.0.0.5")).toBe("198.51.100.9");
    // The same header from an untrusted peer counts for nothing.
    expect(resolved(trust, "203.0.113.7", "198.51.100.9")).toBe("203.0.113.7");
  });

  it("a hop count trusts that many proxies in front of the app", () => {
    const oneHop = compileTrust("1");
    expect(resolved(oneHop, "192.0.2.1", "6.6.6.6, 198.51.100.9")).toBe("198.51.100.9");
    expect(resolved(compileTrust("0"), "192.0.2.1", "198.51.100.9")).toBe("192.0.2.1");
  });

  it("a closed socket leaves no address rather than the client's claim", () => {
    expect(resolved(compileTrust(undefined), undefined, "1.2.3.4")).toBeUndefined();
  });

  it("an address TRUSTED_PROXIES cannot parse stops the server at start", () => {
    expect(() => compileTrust("10.0.0.0/8, not-an-address")).toThrow();
  });
});

describe("over a real socket", () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  async function serve(trust: Trust) {
    const server = createServer((req, res) => {
      rewriteForwardedFor(req, trust);
      res.end(clientAddress(req.headers));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    close = () => server.close();
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }

  it("a client cannot choose its address by sending the header", async () => {
    const url = await serve(compileTrust(undefined));
    const seen = await (await fetch(url, { headers: { "x-forwarded-for": "1.2.3.4" } })).text();
    expect(seen).toBe("127.0.0.1");
  });

  it("behind a trusted local proxy the forwarded address counts", async () => {
    const url = await serve(compileTrust("loopback"));
    const seen = await (await fetch(url, { headers: { "x-forwarded-for": "1.2.3.4" } })).text();
    expect(seen).toBe("1.2.3.4");
  });
});

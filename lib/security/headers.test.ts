import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { cameOverHttps, contentSecurityPolicy, createNonce } from "./headers";

const scriptSrc = (csp: string) => csp.split("; ").find((d) => d.startsWith("script-src "))!;

describe("the Content-Security-Policy", () => {
  it("lets scripts run only with the request's nonce, never inline or by eval in production", () => {
    const csp = contentSecurityPolicy("abc123", { dev: false, https: false });
    expect(scriptSrc(csp)).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("worker-src 'self'"); // the stopwatch's service worker
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("allows eval only to the development server, and upgrades requests only over HTTPS", () => {
    expect(scriptSrc(contentSecurityPolicy("n", { dev: true, https: false }))).toContain(
      "'unsafe-eval'",
    );
    expect(contentSecurityPolicy("n", { dev: false, https: true })).toContain(
      "upgrade-insecure-requests",
    );
  });

  it("makes a different, unguessable nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/); // 128 bits
  });

  it("takes the first hop's protocol as the client's", () => {
    expect(cameOverHttps("https", "http:")).toBe(true);
    expect(cameOverHttps("https, http", "http:")).toBe(true);
    expect(cameOverHttps("http", "http:")).toBe(false);
    expect(cameOverHttps(null, "https:")).toBe(true);
    expect(cameOverHttps(null, "http:")).toBe(false);
  });
});

describe("the proxy", () => {
  const run = (headers: Record<string, string> = {}) =>
    proxy(new NextRequest("http://localhost:3000/dashboard", { headers }));

  it("puts the same per-request policy on the response and, for Next to read, on the request", () => {
    const response = run();
    const csp = response.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    // NextResponse.next({ request: { headers } }) hands the request headers on like this.
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(response.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(run().headers.get("content-security-policy")).not.toBe(csp);
  });

  it("sends HSTS only when the request came over HTTPS", () => {
    expect(run().headers.get("strict-transport-security")).toBeNull();
    expect(
      run({ "x-forwarded-proto": "http" }).headers.get("strict-transport-security"),
    ).toBeNull();
    expect(run({ "x-forwarded-proto": "https" }).headers.get("strict-transport-security")).toBe(
      "max-age=31536000",
    );
  });
});

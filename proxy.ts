import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import {
  cameOverHttps,
  contentSecurityPolicy,
  createNonce,
  STRICT_TRANSPORT_SECURITY,
} from "@/lib/security/headers";

/**
 * Next 16's proxy (formerly middleware): a nonce per request for the Content-Security-Policy.
 * The policy goes on the request too, because that is where Next reads the nonce from when it
 * renders its own script tags. The fixed headers (X-Frame-Options, …) are in next.config.js.
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const https = cameOverHttps(request.headers.get("x-forwarded-proto"), request.nextUrl.protocol);
  const csp = contentSecurityPolicy(nonce, { dev: env().NODE_ENV === "development", https });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: [
    {
      // Everything but build assets and icons, which are not documents and need no nonce.
      source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)",
      // Link prefetches fetch RSC payloads, which carry no script tags to nonce.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};

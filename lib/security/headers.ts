/**
 * The security headers every page carries, built per request by proxy.ts (which owns the nonce).
 * Pure, so the policy itself is unit-tested.
 */

/** A fresh, unguessable nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts run only with this request's nonce, or when a nonced script loads them
 * ('strict-dynamic': Next's chunks), never from inline markup an attacker might inject. Next
 * reads the nonce back from the request's CSP header and puts it on its own script tags.
 *
 * - 'unsafe-eval' only in development: React's dev build uses eval for its error overlays.
 * - style-src keeps 'unsafe-inline': the charts and bars set style attributes, which nonces
 *   cannot cover (and a nonce in style-src would make browsers ignore 'unsafe-inline').
 * - worker-src 'self': 'strict-dynamic' would otherwise ignore 'self' for the stopwatch's
 *   service worker, which script-src governs when worker-src is absent.
 * - upgrade-insecure-requests only over HTTPS: on a plain-HTTP address (a phone on the club's
 *   Wi-Fi) it would send every asset request to an https:// that does not exist.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * HSTS for a year, sent only when the request reached us over HTTPS (browsers ignore it over
 * HTTP anyway). No includeSubDomains: a club's other sites on the same domain are not ours to
 * force onto HTTPS.
 */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000";

/** Whether the client's connection was HTTPS, as the app's server or a trusted proxy reports it. */
export function cameOverHttps(forwardedProto: string | null, urlProtocol: string): boolean {
  const first = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  return first ? first === "https" : urlProtocol === "https:";
}

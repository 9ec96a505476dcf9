/**
 * Any origin that cannot be a real host: a value is resolved against it the way a browser would
 * resolve it against the app, and anything that ends up on another origin is refused.
 */
const HOME = "http://stepdown.invalid";

/**
 * Browsers drop tabs, CR and LF from URLs, and read a backslash as a slash, so
 * "/\t/evil.example" or "/\\evil.example" arrive as "//evil.example": another host. Such values
 * are refused outright rather than cleaned up.
 */
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/**
 * Only same-site paths: a callbackUrl must never send someone to another site after sign-in.
 * The answer is the path, query and fragment of the value as resolved against the app, or the
 * fallback for anything else (another host, a javascript: URL, control characters, backslashes).
 */
export function safeCallbackPath(
  value: string | string[] | undefined,
  fallback = "/dashboard",
): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !raw.startsWith("/") || UNSAFE.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, HOME);
  } catch {
    return fallback;
  }
  if (url.origin !== HOME) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/%2F%2Fevil.example" stays a path here, but make sure no resolution left a "//" at the start
  // that a later, naive join could read as a host.
  return path.startsWith("//") ? fallback : path;
}

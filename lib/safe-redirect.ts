/** Only same-site paths: a callbackUrl must never send someone to another site after sign-in. */
export function safeCallbackPath(
  value: string | string[] | undefined,
  fallback = "/dashboard",
): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\"))
    return fallback;
  return path;
}

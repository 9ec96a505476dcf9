import "server-only";

/**
 * A file download: the name as given (UTF-8, for browsers that read filename*) and an ASCII
 * fallback for those that do not. Private and never cached: most of these are someone's sessions.
 */
export function download(body: Uint8Array | string, type: string, fileName: string): Response {
  const ascii = fileName.replace(/[^\w .-]+/g, "").trim() || "download";
  // A copy typed over a plain ArrayBuffer, which is what Response accepts.
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}

export const FIT_TYPE = "application/vnd.ant.fit";
export const ICS_TYPE = "text/calendar; charset=utf-8";

export const notFound = () => new Response("Not found", { status: 404 });

/** A link's origin for feeds and events: the pinned public URL when set, else the request's. */
export function publicOrigin(request: Request, pinned: string | undefined): string {
  return new URL(pinned ?? request.url).origin;
}

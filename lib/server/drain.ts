import type { Server } from "node:http";

/**
 * Stops `server` gracefully: no new connections, requests in flight answered (each with
 * `Connection: close`, so a proxy opens its next request elsewhere), idle keep-alive connections
 * closed at once. Resolves when the last connection has closed, or after `graceMs` with whatever
 * is still open cut off, so a stuck request cannot hold a deploy up.
 */
export function drain(server: Server, graceMs: number): Promise<"drained" | "cut off"> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      resolve("cut off");
    }, graceMs);
    timer.unref();
    server.on("request", (_req, res) => res.setHeader("Connection", "close"));
    // Node closes each busy keep-alive connection once its response is done.
    server.close(() => {
      clearTimeout(timer);
      resolve("drained");
    });
    server.closeIdleConnections();
  });
}

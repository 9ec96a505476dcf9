import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";

/**
 * The TLS proxy's part in a deployment (docs/operations.md), as small as it gets: round robin
 * over the app instances, appending the client to X-Forwarded-For (the instances trust loopback),
 * and an instance that refuses the connection (stopped, restarting) is skipped for a few seconds
 * and the request sent to the next: as nginx's `proxy_next_upstream error`. As nginx does, a GET
 * or HEAD whose connection failed before any answer is tried on the next instance too; anything
 * else is retried only when its connection was refused (nothing reached the app), and one cut
 * mid-request answers 502.
 */
export function startBalancer(port: number, upstreams: number[]) {
  let next = 0;
  const downUntil = new Map<number, number>();
  let retried = 0;

  function forward(upstream: number, req: IncomingMessage, body: Buffer, res: ServerResponse) {
    const idempotent = req.method === "GET" || req.method === "HEAD";
    return new Promise<"done" | "refused">((resolve) => {
      const forwardedFor = [req.headers["x-forwarded-for"], req.socket.remoteAddress]
        .filter(Boolean)
        .join(", ");
      const out = request(
        {
          host: "127.0.0.1",
          port: upstream,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, "x-forwarded-for": forwardedFor, connection: "close" },
          agent: false,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.on("end", () => resolve("done"));
          answer.on("error", () => {
            res.destroy();
            resolve("done");
          });
        },
      );
      let connected = false;
      out.on("socket", (socket) => socket.on("connect", () => (connected = true)));
      out.on("error", () => {
        if (!connected || (!res.headersSent && idempotent)) return resolve("refused");
        if (!res.headersSent) res.writeHead(502).end("upstream closed the connection");
        else res.destroy();
        resolve("done");
      });
      out.end(body);
    });
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        const start = next++;
        for (let i = 0; i < upstreams.length; i++) {
          const upstream = upstreams[(start + i) % upstreams.length]!;
          if ((downUntil.get(upstream) ?? 0) > Date.now()) continue;
          if ((await forward(upstream, req, body, res)) === "done") return;
          downUntil.set(upstream, Date.now() + 3_000);
          retried++;
        }
        res.writeHead(502).end("no app instance is reachable");
      })();
    });
  });
  server.keepAliveTimeout = 30_000;
  return {
    listening: new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve)),
    retried: () => retried,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

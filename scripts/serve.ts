/**
 * The app's HTTP server (run by `npm start`, `npm run dev` and the browser tests): Next's custom
 * server, so that every request's X-Forwarded-For is rewritten before Next sees it. `next start`
 * keeps a header the client sent and only fills it in when absent, which let anyone choose the
 * address the per-address sign-in limits count. TRUSTED_PROXIES names the proxies whose header is
 * believed (none by default).
 *   tsx scripts/serve.ts [--dev] [-p PORT]
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import {
  databaseDownSince,
  requestHitUnavailable,
  withRequestContext,
} from "@/lib/database/availability";
import { databaseAnswers } from "@/lib/database/outage-gate";
import { drain } from "@/lib/server/drain";
import { compileTrust, rewriteForwardedFor } from "@/lib/server/forwarded-for";
import { databaseUrl, env } from "@/lib/env";

const dev = process.argv.includes("--dev");
const portFlag = process.argv.indexOf("-p");
// SIGTERM: how long requests in flight may take to finish (the parent's kill comes at 8 s).
const DRAIN_MS = 6_000;

/**
 * A request that ran into an unreachable database answers 503 (with Retry-After), not Next's
 * 500: App Router has no API to set a page's status from a thrown error, and an action's
 * "unavailable" state is a 200 by default. The mark is made by lib/database/client.ts in this
 * request's async context (lib/database/availability.ts). A 500 while the process knows the
 * database is down counts too: a connection cut mid-query fails before any mark is made.
 */
function answer503WhenUnavailable(res: ServerResponse, isAction: boolean) {
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => void;
  const replacement = (status: number, ...rest: unknown[]) => {
    const hit = requestHitUnavailable() && (status >= 500 || isAction);
    if (status !== 503 && (hit || (status >= 500 && databaseDownSince() !== null))) {
      res.setHeader("Retry-After", "5");
      status = 503;
    }
    writeHead(status, ...rest);
    return res;
  };
  res.writeHead = replacement;
}

// Build assets and the health check (which answers its own 503) pass the outage gate.
const UNGATED = /^\/(?:_next\/(?:static|image)\/|favicon\.ico|icon\.svg|api\/health)/;

const OUTAGE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="10"><title>Back in a moment</title></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem">
<h1>Back in a moment</h1><p>The database cannot be reached right now, so this page cannot be
shown. Nothing you saved is lost. This page tries again by itself every 10 seconds.</p>
</body></html>`;

/**
 * While the process knows the database is down, a page (GET) is answered 503 here unless a probe
 * finds it back (lib/database/outage-gate.ts); actions run and answer their own "unavailable".
 */
function passesOutageGate(req: IncomingMessage, res: ServerResponse): Promise<boolean> | true {
  if (databaseDownSince() === null) return true;
  if ((req.method !== "GET" && req.method !== "HEAD") || UNGATED.test(req.url ?? "/")) return true;
  let url: string;
  try {
    url = databaseUrl();
  } catch {
    return true; // no database configured: nothing to probe, and a thrown error here would crash
  }
  const answers = databaseAnswers(url);
  if (answers === true) return true;
  return answers.then((up) => {
    if (up) return true;
    res.writeHead(503, {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": "5",
      "Cache-Control": "no-store",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
      "X-Content-Type-Options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : OUTAGE_PAGE);
    return false;
  });
}

async function main() {
  // As `next start` / `next dev` do, before Next (or lib/env) reads it.
  Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });
  const port = portFlag > 0 ? Number(process.argv[portFlag + 1]) : env().PORT;
  const trust = compileTrust(env().TRUSTED_PROXIES);
  // Imported only now, so Next sees the NODE_ENV set above.
  const { default: next } = await import("next");
  const hostname = "localhost";
  const app = next({ dev, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const serve = (req: IncomingMessage, res: ServerResponse) =>
    withRequestContext(() => {
      answer503WhenUnavailable(res, req.method === "POST" && Boolean(req.headers["next-action"]));
      handle(req, res).catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    });
  const server = createServer((req, res) => {
    rewriteForwardedFor(req, trust);
    const open = passesOutageGate(req, res);
    if (open === true) serve(req, res);
    else void open.then((up) => up && serve(req, res));
  });
  // Next attaches its dev server's hot-reload websocket to this server by itself.

  const stop = () => {
    // Nothing may hold the exit up past the parent's grace (scripts/process.ts stopChild).
    setTimeout(() => process.exit(0), DRAIN_MS + 1_500).unref();
    // Stop accepting and let requests in flight finish (lib/server/drain.ts), then close Next's
    // own workers (the dev server's compilers) and only then the database pool, which the app's
    // one Prisma client keeps on globalThis (lib/server/db.ts).
    void drain(server, DRAIN_MS)
      .then((outcome) => {
        console.log(`Stopping: requests in flight ${outcome}.`);
        return app.close();
      })
      .then(() => {
        const held = globalThis as unknown as { stepdownDb?: { $disconnect(): Promise<void> } };
        return held.stepdownDb?.$disconnect();
      })
      .catch((error: unknown) => console.error(error))
      .finally(() => process.exit(0));
  };

  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);

  // All interfaces, as `next start`: a phone on the club's Wi-Fi reaches the app too.
  server.listen(port, () => {
    console.log(`✓ Ready on http://${hostname}:${port}${dev ? " (development)" : ""}`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

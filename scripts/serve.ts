/**
 * The app's HTTP server (run by `npm start`, `npm run dev` and the browser tests): Next's custom
 * server, so that every request's X-Forwarded-For is rewritten before Next sees it. `next start`
 * keeps a header the client sent and only fills it in when absent, which let anyone choose the
 * address the per-address sign-in limits count. TRUSTED_PROXIES names the proxies whose header is
 * believed (none by default).
 *   tsx scripts/serve.ts [--dev] [-p PORT]
 */
import { createServer } from "node:http";
import { compileTrust, rewriteForwardedFor } from "@/lib/server/forwarded-for";
import { env } from "@/lib/env";

const dev = process.argv.includes("--dev");
const portFlag = process.argv.indexOf("-p");

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

  const server = createServer((req, res) => {
    rewriteForwardedFor(req, trust);
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  // Next attaches its dev server's hot-reload websocket to this server by itself.

  const stop = () => {
    // A keep-alive or streaming connection must not hold the exit up past the parent's grace.
    setTimeout(() => process.exit(0), 3_000).unref();
    // Stop accepting, drop open connections, then close Next's own workers (the dev server's
    // compilers), so none outlives us.
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeAllConnections();
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

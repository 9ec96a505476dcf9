import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { drain } from "./drain";

let server: Server | undefined;
afterEach(() => server?.closeAllConnections());

function listen(handler: Parameters<typeof createServer>[1]): Promise<number> {
  server = createServer(handler);
  return new Promise((resolve) =>
    server!.listen(0, "127.0.0.1", () => resolve((server!.address() as AddressInfo).port)),
  );
}

function get(port: number, path: string) {
  return new Promise<{ status: number; body: string; connection?: string }>((resolve, reject) => {
    const req = request({ port, host: "127.0.0.1", path, agent: false }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

describe("drain (SIGTERM in scripts/serve.ts)", () => {
  it("lets a slow request in flight finish, refuses new connections, then resolves", async () => {
    const port = await listen((_req, res) => {
      setTimeout(() => res.end("slow and complete"), 800);
    });
    const inFlight = get(port, "/slow");
    await new Promise((r) => setTimeout(r, 150)); // the request has reached the server
    const drained = drain(server!, 5_000);
    await expect(get(port, "/late")).rejects.toMatchObject({ code: "ECONNREFUSED" });
    await expect(inFlight).resolves.toMatchObject({ status: 200, body: "slow and complete" });
    await expect(drained).resolves.toBe("drained");
  });

  it("cuts off a request that outlives the grace period", async () => {
    const port = await listen(() => undefined); // never answers
    const stuck = get(port, "/stuck").catch((error: unknown) => error);
    await new Promise((r) => setTimeout(r, 150));
    const started = Date.now();
    await expect(drain(server!, 300)).resolves.toBe("cut off");
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await stuck).toMatchObject({ code: "ECONNRESET" });
  });
});

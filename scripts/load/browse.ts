import autocannon, { type Summary } from "autocannon";
import type { Sample } from "./uploads";

/** A route driven by autocannon: `path(i)` is the i-th request's path, `cookie(i)` its sign-in. */
export type Route = {
  name: string;
  connections: number;
  /** Requests per second per connection: people read a page before the next one. */
  rate: number;
  path: (i: number) => string;
  cookie?: (i: number) => string;
};

/**
 * Runs every route at once for `seconds` against `base` with autocannon, one instance per route
 * so each route's latencies are its own; each request of a route takes the next person in turn
 * (autocannon resets a connection's context on every pass, so requests, not connections, rotate).
 */
export async function browse(base: string, routes: Route[], seconds: number) {
  const samples = new Map<string, Sample[]>();
  const failures = new Map<string, number>();
  await Promise.all(
    routes.map(
      (route) =>
        new Promise<Summary>((resolve, reject) => {
          const own: Sample[] = [];
          samples.set(route.name, own);
          let n = 0;
          const instance = autocannon(
            {
              url: base,
              connections: route.connections,
              // autocannon takes whole requests per second; spread over the route's connections.
              overallRate: Math.max(1, Math.round(route.connections * route.rate)),
              // Report each response's own time: with a fixed rate, autocannon would otherwise
              // add the requests a slow answer held back (coordinated omission) to the figures.
              ignoreCoordinatedOmission: true,
              duration: seconds,
              timeout: 30,
              requests: [
                {
                  setupRequest: (request) => {
                    const i = n++;
                    return {
                      ...request,
                      method: "GET",
                      path: route.path(i),
                      headers: {
                        ...request.headers,
                        ...(route.cookie ? { cookie: route.cookie(i) } : {}),
                      },
                    };
                  },
                },
              ],
            },
            (error, result) => (error ? reject(error) : resolve(result)),
          );
          instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) =>
            own.push({ ms, status }),
          );
          instance.on("reqError", () => {
            own.push({ ms: 0, status: 0 });
            failures.set(route.name, (failures.get(route.name) ?? 0) + 1);
          });
        }),
    ),
  );
  return samples;
}

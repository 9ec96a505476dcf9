// autocannon 9 ships no types (and @types/autocannon is not installed): the part used here.
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  type Request = { method?: string; path?: string; headers?: Record<string, string> };
  export type Options = {
    url: string;
    connections?: number;
    overallRate?: number;
    ignoreCoordinatedOmission?: boolean;
    duration?: number;
    timeout?: number;
    headers?: Record<string, string>;
    requests?: { setupRequest?: (request: Request) => Request }[];
  };
  export type Instance = EventEmitter & { stop: () => void };
  export type Summary = { errors: number; timeouts: number; non2xx: number };

  function autocannon(
    options: Options,
    done: (error: Error | null, result: Summary) => void,
  ): Instance;
  export default autocannon;
}

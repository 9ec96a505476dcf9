import path from "node:path";
import { env } from "../lib/env";

/**
 * Where the setup project (e2e/auth.setup.ts) saves a signed-in browser's cookies and storage.
 * The file name carries the run's port: several runs may share this tree at once, each with its
 * own port and its own fresh database, and a state saved by one run is no good to another.
 * The folder is git-ignored, and outside test-results/, which every `npm test` empties first.
 */
export function authState(who: "demo-coach"): string {
  return path.join("e2e", ".auth", `${who}-${env().E2E_PORT}.json`);
}

/** The demo coach, signed in once per run: for specs about the pages, not about signing in. */
export const DEMO_COACH_STATE = authState("demo-coach");

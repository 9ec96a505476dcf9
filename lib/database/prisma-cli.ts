import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { SetupError } from "./errors";

const require = createRequire(import.meta.url);

/** Runs the Prisma CLI against `databaseUrl` (prisma.config.ts supplies the patched driver adapter). */
export async function prisma(
  args: string[],
  databaseUrl: string,
  options: { quiet?: boolean } = {},
): Promise<string> {
  const cli = require.resolve("prisma/build/index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (!options.quiet) process.stdout.write(chunk);
    });
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(output)
        : reject(
            new SetupError(`prisma ${args.join(" ")} failed (exit ${code}):\n${output.trim()}`),
          ),
    );
  });
}

export const migrateDeploy = (url: string) => prisma(["migrate", "deploy"], url, { quiet: true });

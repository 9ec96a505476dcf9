import { buildIsCurrent, recordBuild } from "../build-fingerprint";
import { nextBuild } from "../next-build";

/** A production build in NEXT_DIST_DIR, made only when the sources changed since the last one. */
export async function ensureBuild(log: (line: string) => void): Promise<void> {
  if (buildIsCurrent()) return;
  log("Building the app (the sources changed since the last build)…");
  await nextBuild({ stdio: ["ignore", "ignore", "inherit"] });
  recordBuild();
}

// `tsx scripts/load/build.ts`: build ahead of `npm run load`.
if (process.argv[1]?.endsWith("build.ts"))
  void ensureBuild(console.log).then(() => console.log("Build ready."));

import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/database/client";
import { verifyPassword } from "@/lib/security/password";
import { DEMO_COACH } from "./demo-squad";

/**
 * The demo accounts' password. A published one gave anyone who could reach a default start a
 * head coach's login, so each checkout generates its own at the first seed and keeps it here
 * (git-ignored, readable only by its owner), so later starts can print it again.
 */
export const DEMO_PASSWORD_FILE = path.join(".data", "demo-password");

/** 16 base64url characters: 96 random bits. */
export const generateDemoPassword = () => randomBytes(12).toString("base64url");

function readKept(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, "utf8").trim() || undefined : undefined;
}

/** The kept demo password, generated and stored (mode 0600) the first time it is asked for. */
export function demoPassword(file = DEMO_PASSWORD_FILE): string {
  const kept = readKept(file);
  if (kept) return kept;
  // The folder keeps the default mode: as root, the embedded PostgreSQL's user must pass through
  // .data to its data folder. The file itself is the secret, and only its owner may read it.
  mkdirSync(path.dirname(file), { recursive: true });
  const password = generateDemoPassword();
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * The start log's one line about the demo sign-in, or nothing when there is no demo coach or
 * the kept password no longer signs in as them (changed, or the database was seeded elsewhere).
 */
export async function demoSignInLine(
  databaseUrl: string,
  file = DEMO_PASSWORD_FILE,
): Promise<string | undefined> {
  const password = readKept(file);
  if (!password) return undefined;
  const client = createPrismaClient(databaseUrl);
  try {
    const coach = await client.user.findUnique({
      where: { email: DEMO_COACH.email },
      select: { passwordHash: true },
    });
    if (!coach?.passwordHash || !(await verifyPassword(coach.passwordHash, password))) return;
    return `Demo sign-in: ${DEMO_COACH.email} / ${password} (all demo accounts)`;
  } finally {
    await client.$disconnect();
  }
}

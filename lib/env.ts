import { z } from "zod";

/**
 * The one place that reads process.env. Parsed lazily so that `next build` and unit tests, which
 * need no database, do not demand a DATABASE_URL.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
  // Where the embedded PostgreSQL listens when DATABASE_URL is not given.
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  // Its data folder (git-ignored); relative paths are from the project folder.
  EMBEDDED_PG_DATA: z.string().default(".data/postgres"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Per app instance: connections held at most, and the longest a statement may run before
  // PostgreSQL cancels it (0: no limit). Budget: docs/operations.md ("Connection budget").
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(15_000),
  // The port `npm test` serves the production build on for the browser tests.
  E2E_PORT: z.coerce.number().int().min(1).max(65535).default(3100),
  NEXTAUTH_URL: z.url().optional(),
  AUTH_SECRET: z.string().min(32).optional(),
  // The proxies whose X-Forwarded-For is believed (proxy-addr syntax: "loopback, 10.0.0.0/8", or
  // a hop count); unset trusts none. scripts/serve.ts applies it (lib/server/forwarded-for.ts).
  TRUSTED_PROXIES: z.string().optional(),
  // Where `next build` writes (next.config.js reads it too); lets two builds run side by side.
  NEXT_DIST_DIR: z.string().default(".next"),
  // OAuth sign-in appears only when a provider's keys are configured.
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  STRAVA_CLIENT_ID: z.string().min(1).optional(),
  STRAVA_CLIENT_SECRET: z.string().min(1).optional(),
  // Invitation emails are sent only when an SMTP server is configured (smtp://user:pass@host:port).
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().default("Step-Down <no-reply@stepdown.invalid>"),
  CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
  CI: z.string().optional(),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
      throw new Error(`Invalid environment:\n${lines.join("\n")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** The runtime database URL; the start script always sets it before the app runs. */
export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`.");
  return url;
}

import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Whether the database can be reached, as this process last saw it, and whether the request in
 * hand ran into it being unreachable. The app's server (scripts/serve.ts) answers such a request
 * 503 instead of Next's 500 (docs/operations.md, "When PostgreSQL is down").
 *
 * Next bundles the app's copy of this module apart from the copy scripts/serve.ts loads, so the
 * state lives on globalThis under a registered symbol: one per process, whichever copy asks.
 */
type RequestMark = { unavailable: boolean };
type State = { requests: AsyncLocalStorage<RequestMark>; downSince: number | null };

const KEY = Symbol.for("stepdown.database-availability");

function state(): State {
  const holder = globalThis as unknown as Record<symbol, State | undefined>;
  holder[KEY] ??= { requests: new AsyncLocalStorage<RequestMark>(), downSince: null };
  return holder[KEY];
}

// Socket errors (node), SQLSTATEs (PostgreSQL: connection exceptions, admin/crash shutdown,
// cannot connect now, too many connections, statement timeout) and Prisma's connection codes.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "ETIMEDOUT", "EPIPE"]);
const SQLSTATES = new Set(["08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03"]);
const BUSY_SQLSTATES = new Set(["53300", "57014"]);
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
// pg's own messages for a connection that went away or could not be had in time.
const MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Can't reach database server/i,
];

function fields(error: object): Record<string, unknown> {
  return error as Record<string, unknown>;
}

/**
 * True for an error that means "the database is unreachable or refusing work right now", as
 * opposed to a bug or a refused value. Follows `cause` chains (Prisma wraps the driver's error).
 */
export function isUnavailableError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = fields(error);
  const code = typeof e.code === "string" ? e.code : undefined;
  if (code && (SOCKET_CODES.has(code) || SQLSTATES.has(code) || BUSY_SQLSTATES.has(code)))
    return true;
  if (code && PRISMA_CODES.has(code)) return true;
  if (typeof e.errorCode === "string" && PRISMA_CODES.has(e.errorCode)) return true;
  if (e.name === "PrismaClientInitializationError") return true;
  // A driver adapter's error (DriverAdapterError) carries { kind, originalCode? } in `cause`.
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.originalCode === "string" && SQLSTATES.has(e.originalCode)) return true;
  const message = typeof e.message === "string" ? e.message : "";
  if (MESSAGES.some((pattern) => pattern.test(message))) return true;
  return isUnavailableError(e.cause, depth + 1);
}

/** Runs one HTTP request's handling in its own context, so a failure can mark that request. */
export function withRequestContext<T>(fn: () => T): T {
  return state().requests.run({ unavailable: false }, fn);
}

/** The request in hand (if any) hit an unreachable database, and so has the process. */
export function markUnavailable(): void {
  const mark = state().requests.getStore();
  if (mark) mark.unavailable = true;
  state().downSince ??= Date.now();
}

/** A query just succeeded: the database is back. */
export function markAvailable(): void {
  state().downSince = null;
}

/** Called with every database error: marks unavailability when that is what it was. */
export function observeDatabaseError(error: unknown): void {
  if (isUnavailableError(error)) markUnavailable();
}

/** Did the request in hand run into an unreachable database? */
export function requestHitUnavailable(): boolean {
  return state().requests.getStore()?.unavailable ?? false;
}

/** Since when (ms epoch) this process has seen the database unreachable; null when it answers. */
export function databaseDownSince(): number | null {
  return state().downSince;
}

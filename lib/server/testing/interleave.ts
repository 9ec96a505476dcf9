import type { Db } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Makes `write` in a transaction that commits only once `act` waits for one of its locks (or is
 * done): `act` reads before the write is committed and writes after, the worst interleaving.
 * For tests of actions that must hold up when someone else changes the same rows meanwhile.
 */
export async function whileUncommitted<T>(
  db: Db,
  write: (tx: Prisma.TransactionClient) => Promise<unknown>,
  act: () => Promise<T>,
): Promise<T> {
  let acting!: Promise<T>;
  await db.$transaction(
    async (tx) => {
      await write(tx);
      let done = false;
      acting = act().finally(() => (done = true));
      for (let tries = 0; !done && tries < 250; tries++) {
        // pg_locks, not pg_stat_activity: that one is read once per transaction, this one live.
        const [blocked] = await tx.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM pg_locks
          WHERE NOT granted AND pg_backend_pid() = ANY(pg_blocking_pids(pid))`;
        if (blocked!.n > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    { timeout: 15_000 },
  );
  return acting;
}

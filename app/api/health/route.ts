import { headers } from "next/headers";
import { clientAddress } from "@/lib/server/client-address";
import { healthFor } from "@/lib/server/data/health";

export const dynamic = "force-dynamic";

/**
 * 200 when the database answers and every committed migration is applied; 503 otherwise. The
 * details (database, migrations, pending names) only for a request from this machine.
 */
export async function GET() {
  const health = await healthFor(clientAddress(await headers()));
  return Response.json(health, {
    status: health.ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}

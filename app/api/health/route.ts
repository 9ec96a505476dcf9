import { checkHealth } from "@/lib/server/data/health";

export const dynamic = "force-dynamic";

/** 200 when the database answers and every committed migration is applied; 503 otherwise. */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}

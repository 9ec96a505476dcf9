// Run by scripts/digest.ts with DATABASE_URL set and React's server conditions.
import { sendDigests } from "@/lib/server/activity/digest";
import { db } from "@/lib/server/db";

async function main() {
  const run = await sendDigests();
  if (!run) console.log("Email is not set up (no SMTP_URL): no digest sent.");
  else
    console.log(
      `Digests: ${run.sent} sent, ${run.alreadySent} already sent today, ${run.nothingNew} with nothing new, ${run.failed} failed (retried on the next run).`,
    );
  await db().$disconnect();
  if (run && run.failed > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

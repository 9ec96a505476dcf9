import { paths } from "@/lib/paths";
import Link from "next/link";
import { longDay } from "@/lib/dates";
import { card } from "@/components/ui/styles";
import type { Viewer } from "@/lib/server/auth/session";
import { listUnreadComments } from "@/lib/server/data/comments";

/**
 * On the athlete's home: their sessions with comments they have not read, each line opening the
 * session (which marks them read). Nothing at all when there are none: the home is busy enough.
 */
export async function UnreadComments({ viewer }: { viewer: Viewer }) {
  const sessions = await listUnreadComments(viewer);
  if (sessions.length === 0) return null;
  return (
    <section aria-labelledby="unread-comments" className={`${card} border-sky-300`}>
      <h2 id="unread-comments" className="mb-2 text-lg font-medium">
        New comments
      </h2>
      <ul className="flex flex-col gap-1">
        {sessions.map((s) => (
          <li key={s.assignmentId}>
            {/* No prefetch: opening the session is what marks its comments read. */}
            <Link
              href={paths.session(s.assignmentId)}
              prefetch={false}
              className="text-brand-700 inline-flex min-h-11 items-center font-medium underline"
            >
              {longDay(s.date)}
            </Link>{" "}
            · {s.squadName} · {s.count} new from {s.lastAuthor}
            {s.count > 1 ? " and others" : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}

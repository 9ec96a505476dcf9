import { paths } from "@/lib/paths";
import Link from "next/link";
import { longDay } from "@/lib/dates";
import { plural } from "@/lib/format/plural";
import { card } from "@/components/ui/styles";
import type { NewsItem, SquadNews as SquadNewsData } from "@/lib/server/data/squad-news";
import { MarkAllSeen } from "./mark-all-seen";

/** A squad back from a week away has dozens: the newest are what the coach acts on first. */
const SHOWN = 12;

/**
 * On the coach's home: the squad's results and comments that arrived since this coach last saw
 * them. Opening a line's session clears it; "Mark all seen" clears the squad's list.
 */
export async function SquadNews({ news: reading }: { news: Promise<SquadNewsData | null> }) {
  const news = await reading;
  if (!news) return null;
  const { squadId } = news;
  return (
    <section aria-labelledby="squad-news" className={card}>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id="squad-news" className="text-lg font-medium">
          New since you last looked
          {news.items.length > 0 ? (
            <span className="ml-2 rounded-full bg-sky-700 px-2 py-0.5 text-sm font-medium text-white">
              {news.items.length}
            </span>
          ) : null}
        </h2>
        {news.items.length > 0 ? <MarkAllSeen squadId={squadId} /> : null}
      </div>
      {news.items.length === 0 ? (
        <p className="text-slate-700">
          Nothing new: results and comments from the squad appear here as they arrive.
        </p>
      ) : (
        <ul className="flex flex-col gap-1" aria-label="New results and comments">
          {news.items.slice(0, SHOWN).map((item) => (
            <li key={item.assignmentId}>
              {/* No prefetch: opening the session is what clears its mark. */}
              <Link
                href={paths.session(item.assignmentId)}
                prefetch={false}
                className="text-brand-700 inline-flex min-h-11 items-center font-medium underline"
              >
                {item.athleteName}, {longDay(item.date)}
              </Link>{" "}
              · {describe(item)}
            </li>
          ))}
          {news.items.length > SHOWN ? (
            <li className="text-slate-700">
              and {news.items.length - SHOWN} more sessions: open them from the grid, or mark all
              seen.
            </li>
          ) : null}
        </ul>
      )}
    </section>
  );
}

function describe(item: NewsItem): string {
  const parts = [
    item.result ? "new result" : null,
    item.comments > 0 ? plural(item.comments, "new comment") : null,
  ];
  return parts.filter(Boolean).join(" and ");
}

import { CardSection } from "@/components/ui/card-section";
import { savedAt } from "@/components/review/format";
import type { Conversation as Data, ConversationComment } from "@/lib/server/data/comments";
import { CommentControls } from "./comment-controls";
import { CommentForm } from "./comment-form";

/**
 * A session's conversation, beside its notes: the athlete and the squad's coaches only (never
 * teammates: docs/security.md). Comments new to the viewer are marked; opening the page marks
 * them read.
 */
export function Conversation({ data, timeZone }: { data: Data; timeZone: string }) {
  const unread = data.comments.filter((c) => c.isNew).length;
  return (
    <CardSection
      id="conversation"
      title={
        <>
          Conversation
          {unread > 0 ? (
            <span className="ml-2 rounded-full bg-sky-700 px-2 py-0.5 text-sm font-medium text-white">
              {unread} new
            </span>
          ) : null}
        </>
      }
      className="no-print"
    >
      <p className="mb-3 text-sm text-slate-600">
        Between the athlete and the squad&apos;s coaches: teammates never see it.
      </p>
      {data.comments.length === 0 ? (
        <p className="mb-3 text-slate-700">
          No comments yet. {data.canPost ? "Ask a question or say how it went." : null}
        </p>
      ) : (
        <ol className="mb-4 flex flex-col gap-3" aria-label="Comments">
          {data.comments.map((c) => (
            <CommentItem key={c.id} comment={c} timeZone={timeZone} />
          ))}
        </ol>
      )}
      {data.canPost ? <CommentForm assignmentId={data.assignmentId} /> : null}
    </CardSection>
  );
}

function CommentItem({ comment: c, timeZone }: { comment: ConversationComment; timeZone: string }) {
  const who = c.mine ? "You" : c.author;
  return (
    <li
      className={`rounded-md border p-3 ${c.isNew ? "border-sky-400 bg-sky-50" : "border-slate-200"}`}
      data-testid="comment"
    >
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm text-slate-600">
        <span className="font-medium text-slate-900">{who}</span>
        <span>{c.byAthlete ? "athlete" : "coach"}</span>
        <time dateTime={c.createdAt}>{savedAt(new Date(c.createdAt), timeZone)}</time>
        {c.isNew ? <span className="font-semibold text-sky-800">New</span> : null}
      </p>
      {c.body === null ? (
        <p className="mt-1 text-slate-600 italic">Hidden by the coach.</p>
      ) : (
        <>
          <p className="mt-1 break-words whitespace-pre-line">{c.body}</p>
          {c.hidden ? (
            <p className="mt-1 text-sm text-amber-800">
              Hidden by the coach: only {c.mine ? "you and" : "its author and"} the coaches see this
              text.
            </p>
          ) : null}
        </>
      )}
      {c.canDelete || c.canHide ? <CommentControls comment={c} /> : null}
    </li>
  );
}

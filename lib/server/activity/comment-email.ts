import "server-only";
import { commentNoteEmail, appOrigin } from "@/lib/server/activity/emails";
import { db } from "@/lib/server/db";
import { mailConfigured, sendEmail } from "@/lib/server/mail";
import { requestOrigin } from "@/lib/server/request";

/**
 * Emails the athlete a coach's comment on their session, when they asked for it (account
 * settings) and email is set up. Never throws: a failed send is logged by sendEmail, and the
 * comment stands.
 */
export async function notifyAthleteOfComment(commentId: string): Promise<void> {
  if (!mailConfigured()) return;
  const comment = await db().comment.findUnique({
    where: { id: commentId },
    select: {
      body: true,
      author: { select: { name: true } },
      assignment: {
        select: {
          id: true,
          date: true,
          athlete: {
            select: {
              removedAt: true,
              user: {
                select: {
                  id: true,
                  email: true,
                  emailPreference: { select: { coachComments: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  const athlete = comment?.assignment.athlete;
  const to = athlete?.user?.email;
  if (!comment || !athlete || athlete.removedAt || !to) return;
  if (!athlete.user?.emailPreference?.coachComments) return;
  const origin = (await requestOrigin()) ?? appOrigin();
  await sendEmail(
    commentNoteEmail({
      to,
      coachName: comment.author.name,
      date: comment.assignment.date.toISOString().slice(0, 10),
      body: comment.body,
      link: `${origin}/sessions/${comment.assignment.id}`,
    }),
    "Comment note",
  );
}

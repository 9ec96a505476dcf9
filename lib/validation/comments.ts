import { z } from "zod";
import { id } from "./squad";
import { storableText } from "./text";

export const COMMENT_MAX = 2000;

/** A comment on a session: shared by the form and the action (the database checks the length too). */
export const commentSchema = z.object({
  assignmentId: id,
  body: storableText()
    .trim()
    .min(1, "Write something first")
    .max(COMMENT_MAX, `Keep it under ${COMMENT_MAX} characters`),
});

export const hideCommentSchema = z.object({
  commentId: id,
  // "1" hides, "0" shows it again: the button sends the state it asks for.
  hidden: z.enum(["0", "1"], "Say whether to hide or show the comment"),
});

const tick = z.preprocess((v) => v === "on" || v === "1" || v === true, z.boolean());

/** Unticked boxes send nothing: anything but a tick means off, the default. */
export const emailPreferencesSchema = z.object({ dailyDigest: tick, coachComments: tick });

/**
 * What went wrong, for code to act on (the message is for people): `invalid` input (see
 * fieldErrors), `not_found` (or not yours: the two answer alike), `conflict` with someone else's
 * change or an existing record, `rate_limited`, `unavailable` (the database is down: try again).
 */
export type ActionCode = "invalid" | "not_found" | "conflict" | "rate_limited" | "unavailable";

/** What a form shows after submitting: a message, and errors at the fields they belong to. */
export type ActionState = {
  ok: boolean;
  /** Set whenever ok is false. */
  code?: ActionCode;
  message?: string;
  fieldErrors?: Record<string, string>;
  /** Set on success when the client should act on it (an id, an invitation link). */
  data?: Record<string, string>;
};

export const initialActionState: ActionState = { ok: false };

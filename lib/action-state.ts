/** What a form shows after submitting: a message, and errors at the fields they belong to. */
export type ActionState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  /** Set on success when the client should act on it (an id, an invitation link). */
  data?: Record<string, string>;
};

export const initialActionState: ActionState = { ok: false };

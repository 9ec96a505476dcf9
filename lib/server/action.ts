import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { ActionState } from "@/lib/action-state";

export type { ActionState } from "@/lib/action-state";
import { Prisma } from "@/lib/generated/prisma/client";
import { currentUser, type Viewer } from "@/lib/server/auth/session";

/** An expected failure (a duplicate email, an expired invitation): shown, never a 500. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly field?: string,
    /** Several fields at once (every bad lap of a logged session, say). */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export const NOT_FOUND = "Not found: it does not exist, or you do not have access to it.";
export const CHANGED_MEANWHILE = "This was just changed by someone else: reload and try again.";
export const OUT_OF_RANGE = "A value is out of range.";

/**
 * What the database refuses because of someone else's change, or a value validation let
 * through, answered like an ActionError: a message on the form, never a 500.
 */
const PRISMA_REFUSALS = new Map([
  ["P2025", NOT_FOUND], // a row it needed was deleted by someone else meanwhile
  ["P2003", NOT_FOUND], // a row it points to was deleted meanwhile
  ["P2002", CHANGED_MEANWHILE], // someone else just made the same unique row
  ["P2000", OUT_OF_RANGE], // a value too long for its column
  ["P2020", OUT_OF_RANGE], // a number too big for its column
]);

function refusalOf(error: unknown): string | undefined {
  return error instanceof Prisma.PrismaClientKnownRequestError
    ? PRISMA_REFUSALS.get(error.code)
    : undefined;
}

type Outcome = {
  message?: string;
  redirectTo?: string;
  revalidate?: string[];
  data?: Record<string, string>;
} | void;

export type ActionSpec<S extends z.ZodType> = {
  /** Who may call it without signing in (sign-up, invitation pages); everything else needs a user. */
  anonymous?: boolean;
  input: S;
  /** Asked before anything is changed; false reads as "not found". */
  authorize: (viewer: Viewer | null, input: z.infer<S>) => Promise<boolean>;
  run: (viewer: Viewer | null, input: z.infer<S>) => Promise<Outcome>;
};

function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * A form's fields as an object. Object.fromEntries defines each field as the object's own
 * property, so a part named "__proto__" is just an unknown field zod drops; assigning it would
 * replace the prototype instead (a File's read-only getters then make later fields throw).
 */
function toInput(raw: unknown): unknown {
  if (!(raw instanceof FormData)) return raw;
  return Object.fromEntries(
    [...new Set(raw.keys())]
      .filter((key) => !key.startsWith("$ACTION")) // React's own fields
      .map((key) => {
        const all = raw.getAll(key);
        return [key, all.length > 1 ? all : all[0]!];
      }),
  );
}

/**
 * Every write goes through here: parse with zod (field errors back to the form), authorize
 * (denied and missing answer alike), run, revalidate, redirect. `invoke` runs it as a given
 * user and is what the authorization matrix test calls.
 */
export function defineAction<S extends z.ZodType>(spec: ActionSpec<S>) {
  async function invoke(
    viewer: Viewer | null,
    raw: unknown,
  ): Promise<ActionState & { redirectTo?: string; revalidate?: string[] }> {
    if (!viewer && !spec.anonymous) return { ok: false, message: NOT_FOUND };
    const parsed = spec.input.safeParse(toInput(raw));
    if (!parsed.success)
      return {
        ok: false,
        message: "Please correct the highlighted fields.",
        fieldErrors: fieldErrorsOf(parsed.error),
      };
    if (!(await spec.authorize(viewer, parsed.data))) return { ok: false, message: NOT_FOUND };
    try {
      const { message, data, redirectTo, revalidate } = (await spec.run(viewer, parsed.data)) ?? {};
      return { ok: true, message, data, redirectTo, revalidate };
    } catch (error) {
      if (error instanceof ActionError) {
        return {
          ok: false,
          // A field's problem is shown at the field; the form only points there.
          message: error.field ? "Please correct the highlighted field." : error.message,
          fieldErrors: error.fields ?? (error.field ? { [error.field]: error.message } : undefined),
        };
      }
      const refusal = refusalOf(error);
      if (refusal) return { ok: false, message: refusal };
      throw error;
    }
  }

  async function action(
    _previous: ActionState,
    raw: FormData | Record<string, unknown>,
  ): Promise<ActionState> {
    const { redirectTo, revalidate, ...state } = await invoke(await currentUser(), raw);
    for (const path of revalidate ?? []) revalidatePath(path);
    if (redirectTo) redirect(redirectTo);
    return state;
  }

  return Object.assign(action, { invoke, anonymous: spec.anonymous ?? false });
}

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { ActionCode, ActionState } from "@/lib/action-state";

export type { ActionCode, ActionState } from "@/lib/action-state";
import { Prisma } from "@/lib/generated/prisma/client";
import { currentUser, type Viewer } from "@/lib/server/auth/session";
import { unavailableState } from "@/lib/server/unavailable";

type ActionErrorOptions = {
  /** Defaults to "invalid": the input cannot be used as it is. */
  code?: ActionCode;
  /** The one field at fault: the message is shown there. */
  field?: string;
  /** Several fields at once (every bad lap of a logged session, say). */
  fields?: Record<string, string>;
};

/** An expected failure (a duplicate email, an expired invitation): shown, never a 500. */
export class ActionError extends Error {
  readonly code: ActionCode;
  readonly field?: string;
  readonly fields?: Record<string, string>;

  constructor(message: string, options: ActionErrorOptions = {}) {
    super(message);
    this.code = options.code ?? "invalid";
    this.field = options.field;
    this.fields = options.fields;
  }
}

export const NOT_FOUND = "Not found: it does not exist, or you do not have access to it.";
export const CHANGED_MEANWHILE = "This was just changed by someone else: reload and try again.";
export const OUT_OF_RANGE = "A value is out of range.";

/**
 * What the database refuses because of someone else's change, or a value validation let
 * through, answered like an ActionError: a message on the form, never a 500.
 */
const PRISMA_REFUSALS = new Map<string, { code: ActionCode; message: string }>([
  // a row it needed was deleted by someone else meanwhile
  ["P2025", { code: "not_found", message: NOT_FOUND }],
  // a row it points to was deleted meanwhile
  ["P2003", { code: "not_found", message: NOT_FOUND }],
  // someone else just made the same unique row
  ["P2002", { code: "conflict", message: CHANGED_MEANWHILE }],
  ["P2000", { code: "invalid", message: OUT_OF_RANGE }], // a value too long for its column
  ["P2020", { code: "invalid", message: OUT_OF_RANGE }], // a number too big for its column
]);

function refusalOf(error: unknown): { code: ActionCode; message: string } | undefined {
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

type InvokeResult = ActionState & {
  redirectTo?: string;
  revalidate?: string[];
  /** The input failed its schema, before authorization (the matrix reads this as a broken row). */
  inputRejected?: true;
};

/** The form action (for useActionState), plus `invoke` to run it as a given user. */
export type DefinedAction = ((
  previous: ActionState,
  raw: FormData | Record<string, unknown>,
) => Promise<ActionState>) & {
  invoke: (viewer: Viewer | null, raw: unknown) => Promise<InvokeResult>;
  anonymous: boolean;
};

type Authorize<V, I> = (viewer: V, input: I) => Promise<boolean>;
type Run<V, I> = (viewer: V, input: I) => Promise<Outcome>;

/**
 * An action for signed-in users: `authorize` and `run` get the Viewer, never null (a caller who
 * is not signed in is answered "not found" before either runs), as create-t3-app's
 * protectedProcedure does.
 */
type SignedInSpec<S extends z.ZodType> = {
  anonymous?: false;
  input: S;
  /** Asked before anything is changed; false reads as "not found". */
  authorize: Authorize<Viewer, z.infer<S>>;
  run: Run<Viewer, z.infer<S>>;
};

/** An action anyone may call without signing in (sign-up, invitation pages). */
type AnonymousSpec<S extends z.ZodType> = {
  anonymous: true;
  input: S;
  authorize: Authorize<Viewer | null, z.infer<S>>;
  run: Run<Viewer | null, z.infer<S>>;
};

export type ActionSpec<S extends z.ZodType> = SignedInSpec<S> | AnonymousSpec<S>;

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
export function defineAction<S extends z.ZodType>(spec: SignedInSpec<S>): DefinedAction;
export function defineAction<S extends z.ZodType>(spec: AnonymousSpec<S>): DefinedAction;
export function defineAction<S extends z.ZodType>(spec: ActionSpec<S>): DefinedAction {
  async function invoke(viewer: Viewer | null, raw: unknown): Promise<InvokeResult> {
    // Narrowed once here, so every signed-in action's authorize and run see a Viewer.
    const bound = spec.anonymous
      ? { authorize: spec.authorize.bind(null, viewer), run: spec.run.bind(null, viewer) }
      : viewer
        ? { authorize: spec.authorize.bind(null, viewer), run: spec.run.bind(null, viewer) }
        : null;
    if (!bound) return { ok: false, code: "not_found", message: NOT_FOUND };
    const parsed = spec.input.safeParse(toInput(raw));
    if (!parsed.success)
      return {
        ok: false,
        code: "invalid",
        message: "Please correct the highlighted fields.",
        fieldErrors: fieldErrorsOf(parsed.error),
        inputRejected: true,
      };
    if (!(await bound.authorize(parsed.data)))
      return { ok: false, code: "not_found", message: NOT_FOUND };
    try {
      const { message, data, redirectTo, revalidate } = (await bound.run(parsed.data)) ?? {};
      return { ok: true, message, data, redirectTo, revalidate };
    } catch (error) {
      if (error instanceof ActionError) {
        return {
          ok: false,
          code: error.code,
          // A field's problem is shown at the field; the form only points there.
          message: error.field ? "Please correct the highlighted field." : error.message,
          fieldErrors: error.fields ?? (error.field ? { [error.field]: error.message } : undefined),
        };
      }
      const refusal = refusalOf(error);
      if (refusal) return { ok: false, ...refusal };
      throw error;
    }
  }

  async function action(
    _previous: ActionState,
    raw: FormData | Record<string, unknown>,
  ): Promise<ActionState> {
    let result: Awaited<ReturnType<typeof invoke>>;
    try {
      result = await invoke(await currentUser(), raw);
    } catch (error) {
      // PostgreSQL down or restarting: a message (and a 503), not a 500 (lib/server/unavailable.ts).
      const unavailable = unavailableState(error);
      if (unavailable) return unavailable;
      throw error;
    }
    const { redirectTo, revalidate, inputRejected: _, ...state } = result;
    for (const path of revalidate ?? []) revalidatePath(path);
    if (redirectTo) redirect(redirectTo);
    return state;
  }

  return Object.assign(action, { invoke, anonymous: spec.anonymous ?? false });
}

"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { buttonSecondary, inputClass } from "@/components/ui/styles";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { createAthleteFeed } from "@/lib/server/actions/create-athlete-feed";
import { createSquadFeed } from "@/lib/server/actions/create-squad-feed";
import { revokeCalendarFeed } from "@/lib/server/actions/revoke-calendar-feed";

type FeedState = { last: "make" | "revoke" | null; result: ActionState };

type Props = {
  /** Null: the viewer's own sessions; otherwise that squad's, for its coaches. */
  squadId: string | null;
  label: string;
  /** When the live feed was made, or null when there is none. */
  since: string | null;
};

/**
 * A private calendar feed: make it (or a new one, which ends the old address), see its address
 * once to subscribe, or turn it off. Only a hash of the address is kept, so it is shown only
 * right after it is made.
 */
export function FeedSubscribe({ squadId, label, since }: Props) {
  const id = squadId ?? "mine";
  // One state for both buttons, so whichever was pressed last decides what is shown.
  const [state, act] = useActionState(
    async (previous: FeedState, form: FormData): Promise<FeedState> => {
      if (form.get("intent") === "revoke") {
        return { last: "revoke", result: await revokeCalendarFeed(previous.result, form) };
      }
      const make = squadId ? createSquadFeed : createAthleteFeed;
      return { last: "make", result: await make(previous.result, form) };
    },
    { last: null, result: initialActionState },
  );
  const { last, result } = state;
  const path = last === "make" && result.ok ? result.data?.path : undefined;
  const url = path && typeof window !== "undefined" ? `${window.location.origin}${path}` : path;
  const live = path !== undefined || (since !== null && !(last === "revoke" && result.ok));
  return (
    <div className="flex flex-col gap-3">
      <p className="text-slate-700">
        {live
          ? `${label}: on${since && !path ? ` since ${since}` : ""}.`
          : `${label}: off. Subscribe once and your calendar keeps up as sessions are assigned, moved or removed.`}
      </p>
      {url ? (
        <div className="flex flex-col gap-2">
          <label htmlFor={`feed-url-${id}`} className="font-medium">
            Your private feed address (shown once: keep it to yourself)
          </label>
          <input
            id={`feed-url-${id}`}
            readOnly
            value={url}
            className={`${inputClass} font-mono text-sm`}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="flex flex-wrap gap-2">
            <a href={url.replace(/^https?:/, "webcal:")} className={buttonSecondary}>
              Subscribe in your calendar app
            </a>
            <button
              type="button"
              className={buttonSecondary}
              onClick={() => void navigator.clipboard?.writeText(url)}
            >
              Copy address
            </button>
          </div>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <form action={act}>
          <input type="hidden" name="intent" value="make" />
          {squadId ? <input type="hidden" name="squadId" value={squadId} /> : null}
          <SubmitButton pendingLabel="Making…">
            {live ? "New feed address" : "Get a calendar feed"}
          </SubmitButton>
        </form>
        {live ? (
          <form action={act}>
            <input type="hidden" name="intent" value="revoke" />
            <input type="hidden" name="kind" value={squadId ? "SQUAD" : "ATHLETE"} />
            {squadId ? <input type="hidden" name="squadId" value={squadId} /> : null}
            <button type="submit" className={buttonSecondary}>
              Turn feed off
            </button>
          </form>
        ) : null}
      </div>
      {live && !url ? (
        <p className="text-sm text-slate-600">
          Lost the address? Make a new one: the old one stops working.
        </p>
      ) : null}
      <FormMessage state={result} />
    </div>
  );
}

"use client";
import { paths } from "@/lib/paths";
import { signIn } from "next-auth/react";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { buttonSecondary } from "@/components/ui/styles";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { startAccountLink } from "@/lib/server/actions/start-account-link";

type Provider = { id: string; name: string };

// What the OAuth round trip came back with (lib/server/auth/oauth.ts sets link-error).
function outcomeOf(params: URLSearchParams, providers: Provider[]): ActionState {
  const linked = providers.find((p) => p.id === params.get("linked"));
  if (linked) return { ok: true, message: `${linked.name} is linked: you can sign in with it.` };
  if (params.get("link-error") === "linked-elsewhere") {
    return {
      ok: false,
      message: "That sign-in is already linked to another Step-Down account, so it was not linked.",
    };
  }
  return initialActionState;
}

export function LinkProviderButtons({
  providers,
  linked,
}: {
  providers: Provider[];
  linked: string[];
}) {
  const params = useSearchParams();
  const [state, setState] = useState<ActionState>(() => outcomeOf(params, providers));
  const [pending, setPending] = useState<string>();

  async function link(provider: Provider) {
    setPending(provider.id);
    const started = await startAccountLink(initialActionState, { provider: provider.id });
    if (!started.ok) {
      setState(started);
      setPending(undefined);
      return;
    }
    await signIn(provider.id, {
      callbackUrl: paths.account({ linked: provider.id }, "linked-accounts"),
    });
  }

  return (
    <div className="flex flex-col gap-3">
      <FormMessage state={state} />
      <ul className="flex flex-col gap-2">
        {providers.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center gap-3">
            {linked.includes(p.id) ? (
              <span>{p.name}: linked</span>
            ) : (
              <button
                type="button"
                className={buttonSecondary}
                disabled={pending !== undefined}
                onClick={() => void link(p)}
              >
                {pending === p.id ? "Opening…" : `Link ${p.name}`}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

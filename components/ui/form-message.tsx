import type { ActionState } from "@/lib/action-state";

/** The form-level outcome: announced politely on success, assertively on failure. */
export function FormMessage({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return state.ok ? (
    <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-emerald-900">
      {state.message}
    </p>
  ) : (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-800">
      {state.message}
    </p>
  );
}

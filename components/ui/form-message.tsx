import { noticeVariants } from "@/components/ui/notice-variants";
import type { ActionState } from "@/lib/action-state";

/** The form-level outcome: announced politely on success, assertively on failure. */
export function FormMessage({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return state.ok ? (
    <p role="status" className={noticeVariants({ tone: "success" })}>
      {state.message}
    </p>
  ) : (
    <p role="alert" className={noticeVariants({ tone: "error" })}>
      {state.message}
    </p>
  );
}

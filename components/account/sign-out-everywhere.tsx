"use client";
import { endingSession } from "@/components/auth/sign-out";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { signOutEverywhere } from "@/lib/server/actions/sign-out-everywhere";

// This device is one of "everywhere": it is signed out and cleared like any sign-out.
const signOutEverywhereHere = endingSession(signOutEverywhere);

export function SignOutEverywhere() {
  return (
    <ConfirmAction
      action={signOutEverywhereHere}
      fields={{}}
      label="Sign out everywhere"
      confirmLabel="Yes, sign out every device"
      question="Sign out on every device, this one included?"
    />
  );
}

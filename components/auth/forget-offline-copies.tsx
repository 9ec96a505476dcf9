"use client";
import { useEffect } from "react";
import { forgetOfflineCopies } from "./sign-out";

/**
 * On the sign-in page of a visitor with no session (expired, signed out elsewhere, removed): the
 * stopwatch's offline copies of squad pages go, so they never open without a session. Results
 * the stopwatch kept stay, under their user's key, for that user to upload after signing in.
 */
export function ForgetOfflineCopies() {
  useEffect(() => void forgetOfflineCopies(), []);
  return null;
}

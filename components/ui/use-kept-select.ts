"use client";
import { useEffect, useRef } from "react";

/**
 * A controlled <select> inside a form that posts to a server action. After each action React
 * resets the form, and a reset puts a <select> back on the option it was first rendered with
 * (React tracks a select's value, but not its default), while React's state still holds the
 * choice, so the page would show one thing and hold another. Applied after every commit, this
 * puts the box back on the value React holds.
 *
 *   const ref = useKeptSelect(value);
 *   <select ref={ref} value={value} … />
 */
export function useKeptSelect(value: string) {
  const ref = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (ref.current && ref.current.value !== value) ref.current.value = value;
  });
  return ref;
}

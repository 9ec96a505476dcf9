import { Field } from "@/components/ui/field";

/**
 * The squad's usual start time, which puts its sessions at that hour in calendar feeds; blank
 * leaves them all-day events. Local time at the track, whatever the subscriber's zone.
 */
export function StartTimeField({
  defaultValue,
  error,
}: {
  defaultValue: string | null;
  error?: string;
}) {
  return (
    <Field
      label="Usual start time (optional)"
      name="startTime"
      type="time"
      defaultValue={defaultValue ?? ""}
      error={error}
      hint="Calendar feeds put each session at this time; blank makes them all-day events."
    />
  );
}

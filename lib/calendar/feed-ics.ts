import { createEvents, type DateArray, type EventAttributes } from "ics";
import { workoutText } from "@/lib/devices/workout-text";
import { formatTime, repDistanceLabel, type Prescription } from "@/lib/pacing";
import { plural } from "@/lib/format/plural";

/**
 * Sessions as iCalendar events, written with the `ics` library. Each event's UID is the
 * session's own id, so a subscribed calendar moves a moved session and drops a deleted one
 * instead of adding a copy; SEQUENCE and LAST-MODIFIED follow the session's last change.
 */
export type CalendarEvent = {
  uid: string;
  /** "YYYY-MM-DD". */
  date: string;
  /** The squad's usual start ("18:30", floating local time) or null for an all-day event. */
  startTime: string | null;
  minutes: number;
  title: string;
  description: string;
  url: string;
  updatedAt: Date;
};

/** Warm-up and cool-down around the reps and jogs, rounded up to five minutes. */
export const sessionMinutes = (prescription: Prescription) =>
  Math.ceil((20 + prescription.totalSeconds / 60 + 15) / 5) * 5;

const UID_DOMAIN = "step-down.app";
export const sessionUid = (assignmentId: string) => `session-${assignmentId}@${UID_DOMAIN}`;
export const squadDayUid = (squadId: string, date: string) =>
  `squad-${squadId}-${date}@${UID_DOMAIN}`;

/** One athlete's session: the workout typed out, then the link to the session page. */
export function athleteEvent(input: {
  assignmentId: string;
  date: string;
  startTime: string | null;
  squadName: string;
  name: string;
  prescription: Prescription;
  url: string;
  updatedAt: Date;
}): CalendarEvent {
  return {
    uid: sessionUid(input.assignmentId),
    date: input.date,
    startTime: input.startTime,
    minutes: sessionMinutes(input.prescription),
    title: `4-3-2-1 · 5K ${formatTime(input.prescription.fiveKSeconds)} · ${input.squadName}`,
    description: `${workoutText(input.prescription, input.name)}\nSession: ${input.url}`,
    url: input.url,
    updatedAt: input.updatedAt,
  };
}

/** A squad's session on one date, for its coaches: each athlete's rep targets on one line. */
export function squadDayEvent(input: {
  squadId: string;
  squadName: string;
  date: string;
  startTime: string | null;
  athletes: { name: string; prescription: Prescription; updatedAt: Date }[];
  url: string;
}): CalendarEvent {
  const lines = input.athletes.map(({ name, prescription }) => {
    const reps = prescription.reps
      .map(
        (rep) =>
          `${repDistanceLabel(prescription.units, rep.laps)} ${formatTime(rep.targetSeconds)}`,
      )
      .join(", ");
    return `${name} (5K ${formatTime(prescription.fiveKSeconds)}): ${reps}; jogs ${formatTime(prescription.recovery.targetSeconds)}`;
  });
  const count = input.athletes.length;
  const longest = Math.max(...input.athletes.map((a) => sessionMinutes(a.prescription)));
  return {
    uid: squadDayUid(input.squadId, input.date),
    date: input.date,
    startTime: input.startTime,
    minutes: longest,
    title: `4-3-2-1 · ${input.squadName} (${plural(count, "athlete")})`,
    description: `${lines.join("\n")}\n\nSheet: ${input.url}`,
    url: input.url,
    updatedAt: new Date(Math.max(...input.athletes.map((a) => a.updatedAt.getTime()))),
  };
}

/** The whole calendar as iCalendar text; throws only on a bug (ics refuses its own input). */
export function calendarIcs(calName: string, events: CalendarEvent[]): string {
  const { error, value } = createEvents(events.map(toAttributes), {
    productId: "-//Step-Down//4-3-2-1 sessions//EN",
    calName,
  });
  if (error || !value) throw error ?? new Error("ics wrote nothing");
  return value;
}

/** Seconds since 2026 as SEQUENCE: grows with every change and stays a 32-bit integer. */
const sequenceOf = (updatedAt: Date) =>
  Math.max(0, Math.floor((updatedAt.getTime() - Date.UTC(2026, 0, 1)) / 1000));

function toAttributes(event: CalendarEvent): EventAttributes {
  const [year, month, day] = event.date.split("-").map(Number) as [number, number, number];
  const common = {
    uid: event.uid,
    title: event.title,
    description: event.description,
    url: event.url,
    sequence: sequenceOf(event.updatedAt),
    lastModified: event.updatedAt.getTime(),
  };
  if (!event.startTime) {
    // All day: a date-only start and the next day as the (exclusive) end.
    const next = new Date(Date.UTC(year, month - 1, day + 1));
    const end: DateArray = [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
    return { ...common, start: [year, month, day], end };
  }
  const [hour, minute] = event.startTime.split(":").map(Number) as [number, number];
  return {
    ...common,
    // Floating local time: the session is at 18:30 wherever the track is, whatever the zone of
    // the server or of the calendar app.
    start: [year, month, day, hour, minute],
    startInputType: "local",
    startOutputType: "local",
    duration: { hours: Math.floor(event.minutes / 60), minutes: event.minutes % 60 },
  };
}

/**
 * The demo squad: a coach and twelve athletes from a 15:05 to a 31:50 5K, some without logins
 * (young athletes the coach times and logs for). Each has a running habit that shows in the
 * review screens: steady, fading in the third quarter, cheating on the recoveries, overcooking
 * the first rep, improving over the weeks.
 */
export type Habit = "steady" | "fader" | "recovery-cheat" | "overcooks" | "improving";

export type DemoAthlete = {
  name: string;
  fiveK: string;
  email?: string;
  habit: Habit;
  /** Index of a session (0 = oldest) this athlete skipped or abandoned. */
  missed?: number;
  abandoned?: number;
};

export const DEMO_COACH = { name: "Coach Dana Hill", email: "coach@stepdown.test" };
export const DEMO_SQUAD_NAME = "Riverside Harriers: Tuesday group";

export const DEMO_ATHLETES: DemoAthlete[] = [
  { name: "Maya Okafor", fiveK: "15:05", email: "maya@stepdown.test", habit: "steady" },
  { name: "Tom Lindqvist", fiveK: "16:20", email: "tom@stepdown.test", habit: "fader" },
  { name: "Priya Raman", fiveK: "17:10", email: "priya@stepdown.test", habit: "improving" },
  { name: "Jonah Reyes", fiveK: "18:00", habit: "recovery-cheat", missed: 2 },
  { name: "Elena Petrova", fiveK: "18:45", email: "elena@stepdown.test", habit: "steady" },
  { name: "Sam Whitaker", fiveK: "19:30", email: "sam@stepdown.test", habit: "fader" },
  { name: "Aiko Tanaka", fiveK: "20:00", email: "aiko@stepdown.test", habit: "steady" },
  { name: "Ben Carter", fiveK: "21:40", habit: "overcooks" },
  { name: "Lucía Gómez", fiveK: "23:15", email: "lucia@stepdown.test", habit: "improving" },
  { name: "Noah Fischer", fiveK: "25:30", habit: "steady", abandoned: 1 },
  { name: "Grace Mensah", fiveK: "28:00", email: "grace@stepdown.test", habit: "recovery-cheat" },
  { name: "Oliver Brooks", fiveK: "31:50", habit: "steady", missed: 4 },
];

/** Days from today of the past sessions (four weeks apart) and of the next one. */
export const PAST_SESSION_DAYS = [-115, -87, -59, -31, -3];
export const NEXT_SESSION_DAY = 25;

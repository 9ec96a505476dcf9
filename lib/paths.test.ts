import { describe, expect, it } from "vitest";
import { paths } from "./paths";

describe("paths", () => {
  it("builds the pages of a squad, an athlete and a session", () => {
    expect(paths.squad("s1")).toBe("/squads/s1");
    expect(paths.squadSheet("s1", "2026-03-03")).toBe("/squads/s1/sheet?date=2026-03-03");
    expect(paths.squadSheet("s1")).toBe("/squads/s1/sheet");
    expect(paths.athleteProgress("a1")).toBe("/athletes/a1/progress");
    expect(paths.sessionLog("x1", { from: "stopwatch" })).toBe("/sessions/x1/log?from=stopwatch");
    expect(paths.sessionCalendarIcs("x1")).toBe("/sessions/x1/calendar.ics");
  });

  it("keeps query values in the order given and leaves unset ones out", () => {
    expect(paths.squadCalendar("s1", { date: "2026-03-03", assigned: 4 })).toBe(
      "/squads/s1/calendar?date=2026-03-03&assigned=4",
    );
    expect(paths.squadCalendar("s1", { view: "week", date: undefined })).toBe(
      "/squads/s1/calendar?view=week",
    );
    expect(paths.dashboard()).toBe("/dashboard");
    expect(paths.account({ linked: "google" }, "linked-accounts")).toBe(
      "/account?linked=google#linked-accounts",
    );
  });

  it("encodes an id so it stays one path segment", () => {
    expect(paths.session("a/b?c")).toBe("/sessions/a%2Fb%3Fc");
  });
});

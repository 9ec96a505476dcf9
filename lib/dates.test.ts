import { afterEach, describe, expect, it, vi } from "vitest";
import {
  addDays,
  addMonths,
  isDay,
  dayOfMs,
  longDay,
  mediumDay,
  nextTuesday,
  shortDay,
  tickDay,
  shiftView,
  startOfWeek,
  todayIn,
  viewDays,
} from "./dates";

afterEach(() => vi.useRealTimers());

describe("isDay", () => {
  it("takes real calendar days only", () => {
    expect(isDay("2026-02-28")).toBe(true);
    expect(isDay("2028-02-29")).toBe(true); // a leap day
    expect(isDay("2026-02-29")).toBe(false);
    expect(isDay("2026-02-31")).toBe(false);
    expect(isDay("2026-13-01")).toBe(false);
    expect(isDay("2026-1-5")).toBe(false);
    expect(isDay("")).toBe(false);
    expect(isDay(undefined)).toBe(false);
    expect(isDay(["2026-02-28"])).toBe(false);
  });

  it("is a day only from 1900 to 2100: PostgreSQL refuses year 0000", () => {
    expect(isDay("0000-01-01")).toBe(false);
    expect(isDay("0000-02-29")).toBe(false); // a leap day in year 0, for JavaScript
    expect(isDay("1899-12-31")).toBe(false);
    expect(isDay("2101-01-01")).toBe(false);
    expect(isDay("1900-01-01")).toBe(true);
    expect(isDay("2100-12-31")).toBe(true);
  });
});

describe("todayIn", () => {
  it("is the viewer's calendar day, not the server's", () => {
    vi.useFakeTimers({ now: new Date("2026-11-27T23:30:00Z") });
    expect(todayIn("UTC")).toBe("2026-11-27");
    expect(todayIn("Pacific/Auckland")).toBe("2026-11-28"); // already tomorrow there
    expect(todayIn("America/Los_Angeles")).toBe("2026-11-27");
  });

  it("falls back to UTC for a zone it does not know", () => {
    vi.useFakeTimers({ now: new Date("2026-11-27T23:30:00Z") });
    expect(todayIn("Mars/Olympus_Mons")).toBe("2026-11-27");
  });
});

describe("day arithmetic", () => {
  it("adds days across months and a daylight-saving change", () => {
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("clamps a month step to the shorter month's end", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2026-12-15", 1)).toBe("2027-01-15");
  });

  it("starts weeks on Monday and finds the next track Tuesday", () => {
    expect(startOfWeek("2026-11-29")).toBe("2026-11-23"); // Sunday → Monday before
    expect(nextTuesday("2026-11-27")).toBe("2026-12-01"); // Friday → next Tuesday
    expect(nextTuesday("2026-12-01")).toBe("2026-12-08"); // a Tuesday → a week ahead
  });
});

describe("calendar views", () => {
  it("shows a Monday-to-Sunday week", () => {
    expect(viewDays("week", "2026-11-27")).toEqual([
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
    ]);
  });

  it("shows whole weeks covering the month", () => {
    const days = viewDays("month", "2026-11-27"); // November 2026: Sunday 1st to Monday 30th
    expect(days[0]).toBe("2026-10-26");
    expect(days.at(-1)).toBe("2026-12-06");
    expect(days).toHaveLength(42);
  });

  it("steps a week or a month", () => {
    expect(shiftView("week", "2026-11-27", -1)).toBe("2026-11-20");
    expect(shiftView("month", "2026-01-31", 1)).toBe("2026-02-28");
  });

  it("writes a day the same wherever the viewer is", () => {
    expect(longDay("2026-11-27")).toBe("Fri, 27 Nov 2026");
    expect(mediumDay("2026-11-27")).toBe("27 Nov 2026");
    expect(shortDay("2026-11-27")).toBe("Fri 27 Nov");
    expect(tickDay("2026-11-27")).toBe("27 Nov");
    expect(dayOfMs(Date.parse("2026-11-27T00:00:00Z"))).toBe("2026-11-27");
  });
});

import { describe, expect, it } from "vitest";
import {
  MAX_IN_WINDOW,
  MIN_DAYS_BETWEEN,
  PacingInputError,
  WINDOW_DAYS,
  checkFrequency,
} from "./index";

const gapRule = "leave at least 14 days between two 4-3-2-1 sessions";

describe("checkFrequency", () => {
  it("states its rule: 3 in any 84 days, 14 days apart", () => {
    expect([MAX_IN_WINDOW, WINDOW_DAYS, MIN_DAYS_BETWEEN]).toEqual([3, 84, 14]);
  });

  it("is happy with a first session", () => {
    expect(checkFrequency([], "2025-03-01")).toEqual({ ok: true, warnings: [] });
  });

  it("is happy with three sessions four weeks apart", () => {
    expect(checkFrequency(["2025-01-04", "2025-02-01"], "2025-03-01")).toEqual({
      ok: true,
      warnings: [],
    });
  });

  it("accepts exactly 14 days and warns at 13", () => {
    expect(checkFrequency(["2025-03-01"], "2025-03-15").ok).toBe(true);
    expect(checkFrequency(["2025-03-01"], "2025-03-14")).toEqual({
      ok: false,
      warnings: [`Only 13 days after the session on 2025-03-01: ${gapRule}`],
    });
  });

  it("warns about the sessions either side, nearest first", () => {
    const result = checkFrequency(["2025-02-20", "2025-03-02", "2025-06-30"], "2025-03-01");
    expect(result.warnings).toEqual([
      `Only 9 days after the session on 2025-02-20: ${gapRule}`,
      `Only 1 day before the session on 2025-03-02: ${gapRule}`,
    ]);
  });

  it("warns about a second session on the same day", () => {
    expect(checkFrequency(["2025-03-01"], "2025-03-01").warnings).toEqual([
      "A 4-3-2-1 session is already assigned on 2025-03-01",
    ]);
  });

  it("warns about a fourth session inside 84 days, and not on day 84", () => {
    const existing = ["2025-01-01", "2025-01-29", "2025-02-26"];
    // 2025-01-01 + 84 days = 2025-03-26: the window from Jan 1 ends the day before.
    expect(checkFrequency(existing, "2025-03-26").ok).toBe(true);
    expect(checkFrequency(existing, "2025-03-25")).toEqual({
      ok: false,
      warnings: [
        "This would make 4 sessions of 4-3-2-1 between 2025-01-01 and 2025-03-25: " +
          "keep it to at most 3 in any 84 days (12 weeks)",
      ],
    });
  });

  it("finds a crowded window that the proposed date sits in the middle of", () => {
    const result = checkFrequency(
      ["2024-12-01", "2025-01-01", "2025-02-15", "2025-03-10"],
      "2025-01-25",
    );
    expect(result.warnings).toEqual([
      "This would make 4 sessions of 4-3-2-1 between 2024-12-01 and 2025-02-15: " +
        "keep it to at most 3 in any 84 days (12 weeks)",
    ]);
  });

  it("counts across a leap day and a year end in UTC days", () => {
    expect(checkFrequency(["2024-02-15"], "2024-02-29").ok).toBe(true);
    expect(checkFrequency(["2024-12-25"], "2025-01-07").warnings).toHaveLength(1);
  });

  it.each([
    ["2025-02-30", "proposedDate"],
    ["2025-3-01", "proposedDate"],
    ["", "proposedDate"],
    ["01/03/2025", "proposedDate"],
  ])("refuses the proposed date %j", (date, field) => {
    expect(() => checkFrequency([], date)).toThrow(
      new PacingInputError(field, `"${date}" is not a date like 2025-03-01`),
    );
  });

  it("names a bad existing date by its position", () => {
    expect(() => checkFrequency(["2025-01-01", "2025-13-01"], "2025-03-01")).toThrow(
      new PacingInputError("existingDates.1", '"2025-13-01" is not a date like 2025-03-01'),
    );
  });
});

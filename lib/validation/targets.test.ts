import { describe, expect, it } from "vitest";
import { FIVE_K_REQUIRED, UNITS_INVALID, parseTargetsQuery, targetsQuerySchema } from "./targets";

function fieldErrors(params: Record<string, string | string[] | undefined>) {
  const result = parseTargetsQuery(params);
  if (result.ok) throw new Error(`expected an error for ${JSON.stringify(params)}`);
  return result;
}

describe("targets query: good input", () => {
  it("turns 20:00 metric into seconds and the worked example's prescription", () => {
    const result = parseTargetsQuery({ fiveK: "20:00", units: "metric" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.fiveK).toBe(1200);
    expect(result.data.units).toBe("metric");
    const [rep1, rep2, rep3] = result.data.prescription.reps;
    expect(rep1?.splitSeconds).toEqual([96, 192, 288, 384]);
    expect(rep2?.targetSeconds).toBe(282.5);
    expect(rep3?.targetSeconds).toBe(186);
    expect(result.data.prescription.recovery.targetSeconds).toBe(192);
  });

  it("defaults to metric when units are not given", () => {
    const result = targetsQuerySchema.parse({ fiveK: "20:00" });
    expect(result.units).toBe("metric");
    expect(result.prescription.lapMeters).toBe(400);
  });

  it("gives imperial laps of 440 yd, so rep 1 is the mile", () => {
    const result = targetsQuerySchema.parse({ fiveK: "20:00", units: "imperial" });
    expect(result.prescription.lapMeters).toBe(402.336);
    expect(result.prescription.reps[0]?.meters).toBeCloseTo(1609.344, 3);
  });

  it("accepts tenths, surrounding spaces and the 12:00 and 60:00 bounds", () => {
    expect(targetsQuerySchema.parse({ fiveK: " 19:59.4 " }).fiveK).toBe(1199.4);
    expect(targetsQuerySchema.parse({ fiveK: "12:00" }).fiveK).toBe(720);
    expect(targetsQuerySchema.parse({ fiveK: "60:00" }).fiveK).toBe(3600);
  });

  it("takes the first of a repeated parameter, from a page or from URLSearchParams", () => {
    const fromPage = parseTargetsQuery({ fiveK: ["18:00", "30:00"] });
    const fromUrl = parseTargetsQuery(new URLSearchParams("fiveK=18:00&fiveK=30:00"));
    expect(fromPage.ok && fromPage.data.fiveK).toBe(1080);
    expect(fromUrl.ok && fromUrl.data.fiveK).toBe(1080);
  });
});

describe("targets query: bad input gets a reason on its field", () => {
  it.each([
    ["a missing time", undefined, FIVE_K_REQUIRED],
    ["an empty time", "", FIVE_K_REQUIRED],
    ["blank space", "   ", FIVE_K_REQUIRED],
    ["letters", "abc", "Use digits and colons, like 20:00 or 1:36.2"],
    ["a negative time", "-20:00", "A time can't be negative"],
    ["a decimal comma", "19:59,4", "Use a dot for tenths, like 1:36.2"],
    ["one-digit seconds", "20:5", "Seconds need two digits, like 20:05"],
    ["60 seconds", "19:60", "Seconds must be under 60"],
    ["60 minutes in h:mm:ss", "0:60:00", "Minutes must be under 60"],
    ["zero", "0:00", "A time must be more than zero"],
    ["faster than 12:00", "11:59", "The 5K time must be 12:00 or slower"],
    ["slower than 60:00", "61:00", "The 5K time must be 60:00 or faster"],
    ["an hour and a bit", "1:00:01", "The 5K time must be 60:00 or faster"],
  ])("%s", (_name, fiveK, message) => {
    const result = fieldErrors({ fiveK, units: "metric" });
    expect(result.fields).toEqual({ fiveK: message });
    expect(result.error).toBe(message);
  });

  it("rejects units other than metric or imperial", () => {
    const result = fieldErrors({ fiveK: "20:00", units: "furlongs" });
    expect(result.fields).toEqual({ units: UNITS_INVALID });
  });

  it("reports both fields when both are wrong, the time first", () => {
    const result = fieldErrors({ fiveK: "abc", units: "" });
    expect(result.fields).toEqual({
      fiveK: "Use digits and colons, like 20:00 or 1:36.2",
      units: UNITS_INVALID,
    });
    expect(result.error).toBe(result.fields.fiveK);
  });
});

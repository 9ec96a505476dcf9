import { describe, expect, it } from "vitest";
import { prescribeStepDown, prescriptionSchema } from "./index";

describe("prescriptionSchema", () => {
  const plan = prescribeStepDown({ fiveKSeconds: 1234.5, units: "imperial" });

  it("reads back a prescription frozen as JSON", () => {
    expect(prescriptionSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it("refuses a damaged one", () => {
    const [first, ...rest] = plan.reps;
    const damaged = { ...plan, reps: [{ ...first, lapSeconds: [96] }, ...rest] };
    const result = prescriptionSchema.safeParse(damaged);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("a rep needs one lap time and one split per lap");
    expect(prescriptionSchema.safeParse({ ...plan, units: "furlongs" }).success).toBe(false);
    expect(prescriptionSchema.safeParse({ ...plan, totalSeconds: -1 }).success).toBe(false);
  });
});

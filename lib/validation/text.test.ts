import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { accountSchema, signUpSchema } from "./account";
import { addMarkSchema, logResultSchema } from "./coaching";
import { addAthleteSchema, invitationSchema, squadSchema } from "./squad";
import { UNSTORABLE, isStorable } from "./text";

const NUL = "Ann\u0000e";
const LONE_SURROGATE = "Ann\uD800e";

/** The message a schema gives `field` when everything else in `input` is valid. */
function messageAt(schema: z.ZodType, input: Record<string, unknown>, field: string) {
  const result = schema.safeParse(input);
  return result.success ? undefined : result.error.issues.find((i) => i.path[0] === field)?.message;
}

const valid = {
  signUp: { name: "Ann", email: "ann@example.test", password: "a long enough passphrase" },
  account: { name: "Ann", units: "METRIC", timeZone: "UTC" },
  squad: { name: "Tuesday track", units: "METRIC" },
  addAthlete: { squadId: "s1", name: "Ann" },
  invitation: { squadId: "s1", role: "ATHLETE" },
  addMark: { athleteId: "a1", time: "19:45", date: "2026-03-03", source: "RACE", note: "parkrun" },
  logResult: {
    assignmentId: "x1",
    idempotencyKey: "6f1f3c1e-3f0b-4b6e-9d43-2f1b7f3d9a10",
    status: "COMPLETED",
    notes: "windy",
  },
};

// Every string that reaches PostgreSQL from a form: the free text, and the ids it looks up.
const FIELDS: [string, z.ZodType, Record<string, unknown>, string][] = [
  ["sign-up name", signUpSchema, valid.signUp, "name"],
  ["account name", accountSchema, valid.account, "name"],
  ["squad name", squadSchema, valid.squad, "name"],
  ["athlete name", addAthleteSchema, valid.addAthlete, "name"],
  ["athlete's squad id", addAthleteSchema, valid.addAthlete, "squadId"],
  ["invitation's squad id", invitationSchema, valid.invitation, "squadId"],
  ["mark note", addMarkSchema, valid.addMark, "note"],
  ["mark's athlete id", addMarkSchema, valid.addMark, "athleteId"],
  ["result notes", logResultSchema, valid.logResult, "notes"],
  ["result's assignment id", logResultSchema, valid.logResult, "assignmentId"],
];

describe("text PostgreSQL cannot store is refused at its field", () => {
  it.each(FIELDS)("%s", (_name, schema, input, field) => {
    expect(schema.safeParse(input).success).toBe(true);
    expect(messageAt(schema, { ...input, [field]: NUL }, field)).toBe(UNSTORABLE);
    expect(messageAt(schema, { ...input, [field]: LONE_SURROGATE }, field)).toBe(UNSTORABLE);
  });

  it("takes any real character, emoji and accents included", () => {
    expect(isStorable("Zoë 🏃‍♀️ 東京 \t")).toBe(true);
    expect(isStorable("\uDC00 trailing half")).toBe(false);
    expect(isStorable("leading half \uD83C")).toBe(false);
  });
});

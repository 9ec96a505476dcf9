import { describe, expect, it } from "vitest";
import { changePasswordSchema } from "./account";
import { isoDate, logResultSchema } from "./coaching";
import { invitationSchema } from "./squad";

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? undefined : result.error?.issues[0]?.message;

describe("values PostgreSQL would refuse are refused at their field", () => {
  it.each([
    ["0000-01-01", "Use a date between 1900 and 2100"],
    ["0000-02-29", "Use a date between 1900 and 2100"], // a leap day in year 0, for JavaScript
    ["1899-12-31", "Use a date between 1900 and 2100"],
    ["2101-01-01", "Use a date between 1900 and 2100"],
    ["9999-12-31", "Use a date between 1900 and 2100"],
    ["1900-02-29", "That date does not exist"],
  ])("the date %s: %s", (date, message) => {
    expect(firstMessage(isoDate.safeParse(date))).toBe(message);
  });

  it("takes every day from 1900-01-01 to 2100-12-31, and none outside", () => {
    expect(isoDate.safeParse("1900-01-01").success).toBe(true);
    expect(isoDate.safeParse("2100-12-31").success).toBe(true);
    expect(isoDate.safeParse("1899-12-31").success).toBe(false);
    expect(isoDate.safeParse("2101-01-01").success).toBe(false);
  });

  it("refuses an edit version past PostgreSQL's integer", () => {
    const edit = (expectedVersion: string) =>
      logResultSchema.safeParse({
        assignmentId: "x1",
        idempotencyKey: "6f1f3c1e-3f0b-4b6e-9d43-2f1b7f3d9a10",
        status: "COMPLETED",
        expectedVersion,
      });
    expect(edit("2147483647").success).toBe(true);
    expect(edit("2147483648").success).toBe(false);
    expect(edit("9999999999").error?.issues[0]?.path).toEqual(["expectedVersion"]);
  });
});

describe("lengths", () => {
  const invite = (email: string) =>
    invitationSchema.safeParse({ squadId: "s1", role: "ATHLETE", email });

  it("caps an invitation's email address at 254 characters, as sign-up does", () => {
    const at254 = `${"a".repeat(64)}@${"b".repeat(181)}.example`;
    expect(at254).toHaveLength(254);
    expect(invite(at254).success).toBe(true);
    expect(firstMessage(invite(`a${at254}`))).toBe("That email address is too long");
  });

  it("keeps an invitation's email optional, blank meaning none, and lower-cases it", () => {
    expect(invite("").data?.email).toBeUndefined();
    expect(invite("   ").data?.email).toBeUndefined();
    expect(invite(" Ann@Example.TEST ").data?.email).toBe("ann@example.test");
    expect(firstMessage(invite("not-an-email"))).toBe("Enter a valid email address");
  });

  it("does not hash a current password longer than any password could be", () => {
    const change = (currentPassword: string) =>
      changePasswordSchema.safeParse({ currentPassword, newPassword: "a brand new passphrase" });
    expect(change("x".repeat(512)).success).toBe(true);
    expect(firstMessage(change("x".repeat(513)))).toBe(
      "That is too long to be your current password",
    );
  });
});

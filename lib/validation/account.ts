import { z } from "zod";
import { isCommonPassword } from "@/lib/security/common-passwords";
import { storableText } from "./text";

// OWASP ASVS v4 2.1: at least 8 characters (15 suggested), at least 64 allowed, no composition
// rules, the commonest passwords refused. Length is counted in characters, not bytes.
export const PASSWORD_MIN = 8;
export const PASSWORD_SUGGESTED = 15;
export const PASSWORD_MAX = 128;
/**
 * What a sign-in or password check will hash at most: generous for multi-byte characters, and
 * no one makes the server hash a megabyte. Nothing longer can be a password we accepted.
 */
export const PASSWORD_CHECK_MAX = PASSWORD_MAX * 4;

export const passwordSchema = z
  .string()
  .refine(
    (p) => [...p].length >= PASSWORD_MIN,
    `Use at least ${PASSWORD_MIN} characters (${PASSWORD_SUGGESTED} or more is better)`,
  )
  .refine((p) => [...p].length <= PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`)
  .refine(
    (p) => !isCommonPassword(p),
    "This password is one of the most common ones: choose another",
  );

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address")
  .max(254, "That email address is too long")
  .pipe(z.email("Enter a valid email address"));

export const nameSchema = storableText()
  .trim()
  .min(1, "Enter a name")
  .max(80, "Keep the name under 80 characters");

export const unitsSchema = z.enum(["METRIC", "IMPERIAL"], { message: "Choose metric or imperial" });

export const timeZoneSchema = z
  .string()
  .refine(
    (tz) => Intl.supportedValuesOf("timeZone").includes(tz) || tz === "UTC",
    "Choose a time zone from the list",
  );

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(PASSWORD_CHECK_MAX),
});

export const accountSchema = z.object({
  name: nameSchema,
  units: unitsSchema,
  timeZone: timeZoneSchema,
});

export const changePasswordSchema = z.object({
  currentPassword: z
    .string()
    .min(1, "Enter your current password")
    .max(PASSWORD_CHECK_MAX, "That is too long to be your current password"),
  newPassword: passwordSchema,
});

/** A one-time link's token (password reset, finishing a sign-up), as it came in the URL. */
export const linkTokenSchema = z
  .string()
  .trim()
  .min(10, "This link is not valid: check it was copied whole.")
  .max(100, "This link is not valid: check it was copied whole.");

export const requestPasswordResetSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({
  token: linkTokenSchema,
  newPassword: passwordSchema,
});

export const confirmSignUpSchema = z.object({ token: linkTokenSchema });

export const athleteResetLinkSchema = z.object({
  athleteId: z.string().trim().min(1, "Choose an athlete").max(64),
});

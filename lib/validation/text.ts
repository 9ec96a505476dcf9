import { z } from "zod";

export const UNSTORABLE = "Contains characters that cannot be stored";

/**
 * Whether PostgreSQL can store the text: its text type refuses NUL, and a lone UTF-16 surrogate
 * has no UTF-8 form, so either fails the write (a 500) instead of being refused at the field. In
 * a `u` regex a proper surrogate pair (an emoji) is one code point, so \p{Cs} finds only a lone
 * half. A regex rather than String.prototype.isWellFormed: these schemas also run in browsers
 * that lack it, and the compiler's lib stops at ES2023.
 */
export const isStorable = (text: string) => !text.includes("\0") && !/\p{Cs}/u.test(text);

/**
 * Every string that reaches the database starts here: names, notes, ids. The check comes first
 * and stops the rest, so the field says what is wrong rather than "too long".
 */
export const storableText = () =>
  z.string().refine(isStorable, { message: UNSTORABLE, abort: true });

import * as z from 'zod/mini';
import { timestamp } from './timestamp.js';

export const NAME_MAX = 80;
/**
 * Characters that change how the text around them reads, not what it says: control characters,
 * line and paragraph separators, and the bidi embeddings, overrides and isolates. A right-to-left
 * override in a name shown in a team list flips the names after it; a line break forges a new line.
 */
const HIDDEN_CONTROLS = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
/** Refuses `HIDDEN_CONTROLS` with `invalid_characters`: for any text shown to others as one line. */
export function plainText() {
  return z.refine<string>((text) => !HIDDEN_CONTROLS.test(text), 'invalid_characters');
}
export const personName = z
  .string('required')
  .check(z.trim(), z.minLength(1, 'required'), z.maxLength(NAME_MAX, 'too_long'), plainText());

export const USERNAME_MIN = 3;
export const USERNAME_MAX = 30;
/** Lower-case letters, digits, dot, dash and underscore; starts with a letter; no doubled punctuation. */
export const USERNAME_PATTERN = /^[a-z](?:[a-z0-9]|[._-](?=[a-z0-9]))*$/;
/**
 * NFKC first, so full-width `ａｌｉｃｅ` and the like become the `alice` they look like, and one
 * name cannot be registered twice in two spellings.
 */
export const username = z
  .string('required')
  .check(
    z.normalize('NFKC'),
    z.trim(),
    z.toLowerCase(),
    z.minLength(USERNAME_MIN, 'too_short'),
    z.maxLength(USERNAME_MAX, 'too_long'),
    z.regex(USERNAME_PATTERN, 'invalid_format'),
  );

export const role = z.enum(['admin', 'member']);
export type Role = z.infer<typeof role>;

export const account = z.object({
  id: z.string(),
  name: z.string(),
  username: z.string(),
  email: z.string(),
  /** An address waiting for its verification link to be followed; `email` stays primary until then. */
  pendingEmail: z.nullable(z.string()),
  /** The personal cell number, E.164. */
  phone: z.nullable(z.string()),
  avatarUrl: z.nullable(z.string()),
  role,
  createdAt: timestamp,
});
export type Account = z.infer<typeof account>;

export const profileUpdate = z.object({
  name: z.optional(personName),
  username: z.optional(username),
});
export type ProfileUpdate = z.input<typeof profileUpdate>;

export const usernameAvailability = z.object({
  username: z.string(),
  available: z.boolean(),
  /** Why it is not available: `username_taken`, `username_reserved`, or a format code. */
  reason: z.optional(z.string()),
});
export type UsernameAvailability = z.infer<typeof usernameAvailability>;

export const AVATAR_MAX_BYTES = 5 * 1024 * 1024;
/** The longest side of a picture, in pixels: a few KB can claim a size that takes gigabytes to decode. */
export const AVATAR_MAX_SIDE = 4096;
export const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type AvatarType = (typeof AVATAR_TYPES)[number];

import * as z from 'zod/mini';
import { timestamp } from './timestamp.js';

/**
 * E.164 once separators are gone: a plus, a country code that never starts with 0, and 7 to 15
 * digits in all. Seven, not eight: Tokelau (+690) and Tristan da Cunha (+290 8) hand out 7-digit
 * cell numbers, and this cheap check must never refuse what the full check (`api/phone.ts`) accepts.
 */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;

/** What people type between digits: spaces, dashes, dots and parentheses. */
const PHONE_SEPARATORS = /[\s().-]/g;

/** A typed number without its separators, so `+1 (415) 555-0123` becomes `+14155550123`. */
export function compactPhoneNumber(text: string): string {
  return text.replace(PHONE_SEPARATORS, '');
}

/**
 * The syntactic check every bundle carries; whether the number exists and takes SMS needs the
 * numbering plan's metadata, which `api/phone.ts` loads only where it is wanted.
 */
export const phoneNumber = z
  .string('required')
  .check(z.overwrite(compactPhoneNumber), z.regex(E164_PATTERN, 'invalid_phone'));

/** RFC 5321's limits: 64 for the part before the @, 254 for a whole address that can be sent to. */
export const EMAIL_LOCAL_MAX = 64;
export const EMAIL_MAX = 254;

/**
 * Only the domain is lower-cased: the part before the @ is the mailbox owner's, and some servers
 * tell its cases apart. Only A-Z is lowered, so a Kelvin sign (U+212A) cannot turn into a `k` and
 * slip a Unicode domain past the ASCII-only pattern below.
 */
function lowerCaseDomain(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return address;
  const domain = address.slice(at + 1).replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  return address.slice(0, at + 1) + domain;
}

/**
 * Internationalised (Unicode) domains are refused with `invalid_email`; the xn-- form of the
 * same domain is accepted. One domain with two spellings would defeat the "same as the current
 * address" comparison, a look-alike letter (Cyrillic а for Latin a) would survive into the masked
 * "sent to" text unnoticed, and turning Unicode into xn-- needs IDNA tables no bundle should carry.
 */
export const emailAddress = z.string('required').check(
  z.trim(),
  z.overwrite(lowerCaseDomain),
  z.maxLength(EMAIL_MAX, 'too_long'),
  z.email('invalid_email'),
  z.check<string>((payload) => {
    const localLength = payload.value.lastIndexOf('@');
    if (localLength <= EMAIL_LOCAL_MAX) return;
    payload.issues.push(tooLong(payload.value, EMAIL_LOCAL_MAX, 'email_local_too_long'));
  }),
);

/** NIST SP 800-63B: at least 8, and room for a passphrase of up to 128. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/**
 * NIST SP 800-63B: length is the only rule the schema knows (no letter-and-digit rules: they push
 * people to `Password1!`). Length counts code points, as a person counts characters: an emoji is
 * one, though a UTF-16 `length` sees two. Common and username-like passwords are refused by
 * `api/password-list.ts`, which only backends load.
 */
export const password = z.string('required').check(
  z.check<string>((payload) => {
    const value = payload.value;
    if (value.trim() === '') {
      payload.issues.push({ code: 'custom', input: value, message: 'required', continue: false });
      return;
    }
    const length = [...value].length;
    if (length < PASSWORD_MIN) payload.issues.push(tooShort(value, PASSWORD_MIN, 'too_short'));
    else if (length > PASSWORD_MAX) payload.issues.push(tooLong(value, PASSWORD_MAX, 'too_long'));
  }),
);

// Raised as zod's own length issues, so `validate` reads their limits the way it reads
// `z.minLength`'s and `z.maxLength`'s.
function tooShort(input: string, minimum: number, code: string): z.core.$ZodRawIssue {
  return {
    code: 'too_small',
    origin: 'string',
    minimum,
    inclusive: true,
    input,
    message: code,
    continue: true,
  };
}

function tooLong(input: string, maximum: number, code: string): z.core.$ZodRawIssue {
  return {
    code: 'too_big',
    origin: 'string',
    maximum,
    inclusive: true,
    input,
    message: code,
    continue: true,
  };
}

export const verificationCode = z.string('required').check(z.trim(), z.regex(/^\d{6}$/, 'invalid_format'));

export const verificationChannel = z.enum(['sms', 'email']);
export const verificationPurpose = z.enum([
  'phone_change',
  'password_reset',
  'email_change',
  'reverification',
]);
export type VerificationPurpose = z.infer<typeof verificationPurpose>;

/** A code or link on its way to the person. */
export const verification = z.object({
  id: z.string(),
  purpose: verificationPurpose,
  channel: verificationChannel,
  /** Where it was sent, masked for display (`+1 ••• ••• 4567`, `a•••@example.com`). */
  sentTo: z.string(),
  expiresAt: timestamp,
  /** No resend is accepted before this time. */
  resendAvailableAt: timestamp,
  attemptsLeft: z.number().check(z.int(), z.gte(0)),
});
export type Verification = z.infer<typeof verification>;

/**
 * A new cell number: international (`+44 7911 123456`), or national with its country
 * (`07911 123456`, `GB`). The backend parses it fully (`phone.ts`) and keeps it as E.164.
 */
export const phoneChangeStart = z
  .object({
    phone: z.string('required').check(z.trim(), z.minLength(1, 'required'), z.maxLength(40, 'invalid_phone')),
    /** ISO 3166-1 alpha-2 region of a number typed in national format; left out for `+` numbers. */
    country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, 'invalid_format'))),
  })
  .check(
    // Without a country only an international number can be meant: the cheap check applies.
    z.refine((start) => start.country !== undefined || E164_PATTERN.test(compactPhoneNumber(start.phone)), {
      message: 'invalid_phone',
      path: ['phone'],
    }),
  );
export type PhoneChangeStart = z.input<typeof phoneChangeStart>;
export const codeConfirmation = z.object({ verificationId: z.string(), code: verificationCode });
export type CodeConfirmation = z.input<typeof codeConfirmation>;
export const passwordReset = z.object({
  verificationId: z.string(),
  code: verificationCode,
  newPassword: password,
});
export type PasswordReset = z.input<typeof passwordReset>;
export const passwordChange = z.object({
  currentPassword: z.string('required').check(z.minLength(1, 'required')),
  newPassword: password,
});
export type PasswordChange = z.input<typeof passwordChange>;
export const emailChangeStart = z.object({ email: emailAddress });
export const emailLinkConfirmation = z.object({ token: z.string().check(z.minLength(1, 'required')) });

export const notificationSettings = z.object({
  missedCalls: z.boolean(),
  voicemails: z.boolean(),
});
export type NotificationSettings = z.infer<typeof notificationSettings>;
export const notificationUpdate = z.partial(notificationSettings);
export type NotificationUpdate = z.infer<typeof notificationUpdate>;

/**
 * What the old number or address is told when the account changes, so a person whose session was
 * stolen hears of it: the password changed, the cell number changed, the email changed, and (sent to
 * an address someone tried to move an account to) that address already has an account.
 */
export const noticeTopic = z.enum(['password_changed', 'phone_changed', 'email_changed', 'email_in_use']);
export type NoticeTopic = z.infer<typeof noticeTopic>;

/** The outbox of the memory backend: what it "sent". Not part of the REST contract. */
export const outboxMessage = z.object({
  id: z.string(),
  channel: verificationChannel,
  to: z.string(),
  purpose: z.union([verificationPurpose, noticeTopic]),
  /** The code (SMS) or the link token (email); empty for a notice. */
  secret: z.string(),
  sentAt: timestamp,
});
export type OutboxMessage = z.infer<typeof outboxMessage>;

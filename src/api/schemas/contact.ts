import * as z from 'zod/mini';
import { timestamp } from './timestamp.js';

/** E.164: a plus, a country code and at most 15 digits in all. */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;
export const phoneNumber = z.string().check(z.trim(), z.regex(E164_PATTERN, 'invalid_phone'));

export const emailAddress = z
  .string('required')
  .check(z.trim(), z.maxLength(254, 'too_long'), z.email('invalid_email'));

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
/** At least 10 characters, with a letter and a digit or symbol. */
export const password = z
  .string('required')
  .check(
    z.minLength(PASSWORD_MIN, 'too_short'),
    z.maxLength(PASSWORD_MAX, 'too_long'),
    z.regex(/[\p{L}]/u, 'weak_password'),
    z.regex(/[^\p{L}]/u, 'weak_password'),
  );

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

export const phoneChangeStart = z.object({ phone: phoneNumber });
export const codeConfirmation = z.object({ verificationId: z.string(), code: verificationCode });
export type CodeConfirmation = z.input<typeof codeConfirmation>;
export const passwordReset = z.object({
  verificationId: z.string(),
  code: verificationCode,
  newPassword: password,
});
export type PasswordReset = z.input<typeof passwordReset>;
export const emailChangeStart = z.object({ email: emailAddress });
export const emailLinkConfirmation = z.object({ token: z.string().check(z.minLength(1, 'required')) });

export const notificationSettings = z.object({
  missedCalls: z.boolean(),
  voicemails: z.boolean(),
});
export type NotificationSettings = z.infer<typeof notificationSettings>;
export const notificationUpdate = z.partial(notificationSettings);
export type NotificationUpdate = z.infer<typeof notificationUpdate>;

/** The outbox of the memory backend: what it "sent". Not part of the REST contract. */
export const outboxMessage = z.object({
  id: z.string(),
  channel: verificationChannel,
  to: z.string(),
  purpose: verificationPurpose,
  /** The code (SMS) or the link token (email). */
  secret: z.string(),
  sentAt: timestamp,
});
export type OutboxMessage = z.infer<typeof outboxMessage>;

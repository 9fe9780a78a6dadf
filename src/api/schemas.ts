/**
 * The contract: every entity of the settings page, written once with zod/mini. Types are inferred
 * from these schemas; adapters parse every answer with them and elements validate input with them.
 *
 * Check messages are field-error codes (`required`, `too_long`, ...), not prose: an element turns a
 * code into text from its message catalog, so one schema serves every locale.
 */
import * as z from 'zod/mini';

/** Field-error codes the schemas produce. A backend may send others; elements fall back to its text. */
export const FIELD_ERROR_CODES = [
  'required',
  'too_short',
  'too_long',
  'invalid_format',
  'invalid_phone',
  'invalid_email',
  'invalid_time',
  'username_taken',
  'username_reserved',
  'same_as_current',
  'weak_password',
  'out_of_range',
  'confirmation_mismatch',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

const timestamp = z.iso.datetime({ offset: true, error: 'invalid_format' });

/** E.164: a plus, a country code and at most 15 digits in all. */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;
export const phoneNumber = z.string().check(z.trim(), z.regex(E164_PATTERN, 'invalid_phone'));

export const NAME_MAX = 80;
export const personName = z
  .string('required')
  .check(z.trim(), z.minLength(1, 'required'), z.maxLength(NAME_MAX, 'too_long'));

export const USERNAME_MIN = 3;
export const USERNAME_MAX = 30;
/** Lower-case letters, digits, dot, dash and underscore; starts with a letter; no doubled punctuation. */
export const USERNAME_PATTERN = /^[a-z](?:[a-z0-9]|[._-](?=[a-z0-9]))*$/;
export const username = z
  .string('required')
  .check(
    z.trim(),
    z.toLowerCase(),
    z.minLength(USERNAME_MIN, 'too_short'),
    z.maxLength(USERNAME_MAX, 'too_long'),
    z.regex(USERNAME_PATTERN, 'invalid_format'),
  );

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
export const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type AvatarType = (typeof AVATAR_TYPES)[number];

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

/** One metered thing; `limit` null means unlimited. */
export const usage = z.object({
  used: z.number().check(z.gte(0)),
  limit: z.nullable(z.number().check(z.gte(0))),
});
export type Usage = z.infer<typeof usage>;
export const USAGE_KINDS = ['minutes', 'messages', 'groups', 'apiRequests'] as const;
export type UsageKind = (typeof USAGE_KINDS)[number];

export const price = z.object({
  /** In the currency's minor unit (cents). */
  amount: z.number().check(z.int(), z.gte(0)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  interval: z.enum(['month', 'year']),
});
export type Price = z.infer<typeof price>;

export const limits = z.object({
  minutes: z.nullable(z.number()),
  messages: z.nullable(z.number()),
  groups: z.nullable(z.number()),
  apiRequests: z.nullable(z.number()),
});

export const plan = z.object({
  id: z.string(),
  name: z.string(),
  cycleStart: timestamp,
  cycleEnd: timestamp,
  usage: z.object({ minutes: usage, messages: usage, groups: usage, apiRequests: usage }),
  /** Where "chat with sales" leads by default; null when the backend offers none. */
  salesChatUrl: z.nullable(z.string()),
});
export type Plan = z.infer<typeof plan>;

/** A plan one can move to. */
export const planOption = z.object({
  id: z.string(),
  name: z.string(),
  price: z.nullable(price),
  limits,
  current: z.boolean(),
  /** Only sales can sell it (no self-serve checkout). */
  contactSales: z.boolean(),
});
export type PlanOption = z.infer<typeof planOption>;
export const planOptions = z.array(planOption);

export const checkout = z.object({ url: z.string() });
export type Checkout = z.infer<typeof checkout>;

const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_time'));
export const businessDay = z.object({
  /** 0 is Sunday. */
  day: z.number().check(z.int(), z.gte(0), z.lte(6)),
  open: clockTime,
  close: clockTime,
});

export const voiceSettings = z.object({
  forwarding: z.object({ enabled: z.boolean(), number: z.nullable(phoneNumber) }),
  voicemail: z.object({
    enabled: z.boolean(),
    greeting: z.string().check(z.trim(), z.maxLength(500, 'too_long')),
    /** How long a call rings before voicemail answers. */
    ringSeconds: z.number().check(z.int(), z.gte(5, 'out_of_range'), z.lte(60, 'out_of_range')),
  }),
  callerId: z.object({
    mode: z.enum(['business', 'personal', 'private']),
  }),
  hours: z.object({
    enabled: z.boolean(),
    timezone: z.string().check(z.minLength(1, 'required')),
    days: z.array(businessDay),
  }),
});
export type VoiceSettings = z.infer<typeof voiceSettings>;

export const messageSettings = z.object({
  signature: z.string().check(z.trim(), z.maxLength(160, 'too_long')),
  autoReply: z.object({
    enabled: z.boolean(),
    text: z.string().check(z.trim(), z.maxLength(320, 'too_long')),
  }),
  forwardToEmail: z.object({ enabled: z.boolean(), email: z.nullable(emailAddress) }),
});
export type MessageSettings = z.infer<typeof messageSettings>;

export const apiKeyInfo = z.object({
  id: z.string(),
  /** Shown in place of the secret: e.g. `ak_live_••••••••3f9c`. */
  masked: z.string(),
  createdAt: timestamp,
  lastUsedAt: z.nullable(timestamp),
});
export type ApiKeyInfo = z.infer<typeof apiKeyInfo>;
export const apiKeySecret = z.object({ key: z.string(), info: apiKeyInfo });
export type ApiKeySecret = z.infer<typeof apiKeySecret>;

export const accountDeletion = z.object({
  /** The person types the account's username to confirm. */
  confirmation: z.string('required').check(z.trim(), z.minLength(1, 'required')),
});

export const reverificationMethod = z.enum(['password', 'sms']);
export type ReverificationMethod = z.infer<typeof reverificationMethod>;
export const reverificationProof = z.discriminatedUnion('method', [
  z.object({ method: z.literal('password'), password: z.string().check(z.minLength(1, 'required')) }),
  z.object({ method: z.literal('sms'), verificationId: z.string(), code: verificationCode }),
]);
export type ReverificationProof = z.input<typeof reverificationProof>;
/** Proof of a fresh identity check, sent back with the replayed request. */
export const reverificationToken = z.object({ token: z.string(), expiresAt: timestamp });
export type ReverificationToken = z.infer<typeof reverificationToken>;

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

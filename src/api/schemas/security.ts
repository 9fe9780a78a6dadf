import * as z from 'zod/mini';
import { verificationCode } from './contact.js';
import { timestamp } from './timestamp.js';

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

/** Letters and digits no one misreads (no 0/o, 1/l/i), as backup codes are copied by hand. */
export const BACKUP_CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const BACKUP_CODE_LENGTH = 10;
/**
 * A backup code as typed: case, spaces and dashes do not matter, so `ABCDE-FGHJK` and `abcdefghjk`
 * are the same code. (Here, not with the rest of two-step verification, as the identity check takes
 * one: a page that checks identity need not carry the sign-in schemas.)
 */
export const backupCode = z.string('required').check(
  z.overwrite((code) => code.replace(/[\s-]/g, '').toLowerCase()),
  z.regex(new RegExp(`^[${BACKUP_CODE_ALPHABET}]{${BACKUP_CODE_LENGTH}}$`), 'invalid_format'),
);

/**
 * The proofs an identity check takes: the password, a code sent by SMS, and, once two-step
 * verification is on, a code from the authenticator app or an unused backup code. A backend lists
 * the ones it takes for this account, the password first.
 */
export const reverificationMethod = z.enum(['password', 'sms', 'totp', 'backup_code']);
export type ReverificationMethod = z.infer<typeof reverificationMethod>;
/** The adapter method an identity check is for; the token it buys is good for that one alone. */
const operation = z.optional(z.string().check(z.maxLength(64)));
export const reverificationProof = z.discriminatedUnion('method', [
  z.object({
    method: z.literal('password'),
    password: z.string().check(z.minLength(1, 'required')),
    operation,
  }),
  z.object({ method: z.literal('sms'), verificationId: z.string(), code: verificationCode, operation }),
  z.object({ method: z.literal('totp'), code: verificationCode, operation }),
  z.object({ method: z.literal('backup_code'), code: backupCode, operation }),
]);
export type ReverificationProof = z.input<typeof reverificationProof>;
/** Proof of a fresh identity check, sent back with the replayed request. */
export const reverificationToken = z.object({ token: z.string(), expiresAt: timestamp });
export type ReverificationToken = z.infer<typeof reverificationToken>;

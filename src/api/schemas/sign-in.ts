import * as z from 'zod/mini';
import { verificationCode } from './contact.js';
import { plainText } from './profile.js';
import { timestamp } from './timestamp.js';

/**
 * Sign-in security: passkeys, two-step verification and the places the account is signed in. The
 * WebAuthn shapes are WebAuthn Level 3's JSON forms, so a browser hands them to
 * `PublicKeyCredential.parseCreationOptionsFromJSON` (or `@simplewebauthn/browser`) and sends back
 * `credential.toJSON()` as it is. Objects that the WebAuthn specification may grow are read loosely:
 * a member added by a later level goes through to the browser or the backend untouched.
 */

/** Base64url without padding, as WebAuthn's JSON forms write bytes. */
const base64url = z.string().check(z.regex(/^[A-Za-z0-9_-]*$/, 'invalid_format'));
/** How a browser reaches an authenticator: `internal`, `hybrid`, `usb`, `nfc`, `ble`, `smart-card`... */
const transports = z.array(z.string());

export const PASSKEY_NAME_MAX = 64;
/** The label a person gives a passkey ("Work laptop"): one line, as a list shows it. */
export const passkeyName = z
  .string('required')
  .check(z.trim(), z.minLength(1, 'required'), z.maxLength(PASSKEY_NAME_MAX, 'too_long'), plainText());

const credentialDescriptor = z.looseObject({
  id: base64url,
  type: z.literal('public-key'),
  transports: z.optional(transports),
});

/** `PublicKeyCredentialCreationOptionsJSON`: what the browser needs to make a passkey. */
export const passkeyCreationOptions = z.looseObject({
  rp: z.looseObject({ id: z.optional(z.string()), name: z.string() }),
  user: z.looseObject({ id: base64url, name: z.string(), displayName: z.string() }),
  challenge: base64url,
  pubKeyCredParams: z.array(z.looseObject({ type: z.literal('public-key'), alg: z.number() })),
  timeout: z.optional(z.number()),
  /** The account's passkeys, so an authenticator that holds one already refuses to make another. */
  excludeCredentials: z.optional(z.array(credentialDescriptor)),
  authenticatorSelection: z.optional(
    z.looseObject({
      authenticatorAttachment: z.optional(z.string()),
      residentKey: z.optional(z.string()),
      requireResidentKey: z.optional(z.boolean()),
      userVerification: z.optional(z.string()),
    }),
  ),
  hints: z.optional(z.array(z.string())),
  attestation: z.optional(z.string()),
  attestationFormats: z.optional(z.array(z.string())),
  extensions: z.optional(z.record(z.string(), z.unknown())),
});
export type PasskeyCreationOptions = z.infer<typeof passkeyCreationOptions>;

/** A passkey being made: the options for the browser, good once, until `expiresAt`. */
export const passkeyRegistration = z.object({
  id: z.string(),
  options: passkeyCreationOptions,
  expiresAt: timestamp,
});
export type PasskeyRegistration = z.infer<typeof passkeyRegistration>;

/** `RegistrationResponseJSON`: what `navigator.credentials.create()` made, as `toJSON()` writes it. */
export const passkeyCredential = z.looseObject({
  id: base64url,
  rawId: base64url,
  type: z.literal('public-key'),
  response: z.looseObject({
    clientDataJSON: base64url,
    attestationObject: base64url,
    transports: z.optional(transports),
    authenticatorData: z.optional(base64url),
    publicKey: z.optional(base64url),
    publicKeyAlgorithm: z.optional(z.number()),
  }),
  authenticatorAttachment: z.optional(z.string()),
  clientExtensionResults: z.record(z.string(), z.unknown()),
});
export type PasskeyCredential = z.infer<typeof passkeyCredential>;

export const passkeyRegistrationCompletion = z.object({
  registrationId: z.string('required').check(z.minLength(1, 'required')),
  credential: passkeyCredential,
  /** Left out: the backend names it after its provider when it knows it. */
  name: z.optional(passkeyName),
});
export type PasskeyRegistrationCompletion = z.input<typeof passkeyRegistrationCompletion>;

export const passkeyRename = z.object({ name: passkeyName });

/**
 * One passkey of the account. `deviceType` is WebAuthn's: a `multi_device` credential may be
 * synced between devices (a password manager, a platform's keychain), a `single_device` one never
 * leaves its authenticator (a security key, a device-bound platform key); `backedUp` says whether it
 * is synced now. `provider` names the authenticator, from its AAGUID, when the backend knows it.
 */
export const passkey = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: timestamp,
  lastUsedAt: z.nullable(timestamp),
  deviceType: z.enum(['single_device', 'multi_device']),
  backedUp: z.boolean(),
  transports,
  provider: z.nullable(z.string()),
});
export type Passkey = z.infer<typeof passkey>;
export const passkeys = z.array(passkey);

/** RFC 6238 as every authenticator app reads it: HMAC-SHA-1, six digits, a new code every 30 s. */
export const TOTP_ALGORITHM = 'SHA1';
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
/** Backup codes made at once; a new set replaces the old. */
export const BACKUP_CODE_COUNT = 10;

/** Whether two-step verification is on, and by which methods. */
export const twoStep = z.object({
  /** On when at least one method is: sign-in then asks for a second step. */
  enabled: z.boolean(),
  totp: z.object({ enabled: z.boolean(), enabledAt: z.nullable(timestamp) }),
  /** Codes by SMS to the cell on file; null when the backend does not offer SMS as a second step. */
  sms: z.nullable(
    z.object({
      enabled: z.boolean(),
      enabledAt: z.nullable(timestamp),
      /** The cell number the codes go to, masked; null when there is none on file. */
      sentTo: z.nullable(z.string()),
    }),
  ),
  /** Unused backup codes; none while two-step verification is off. */
  backupCodes: z.object({
    remaining: z.number().check(z.int(), z.gte(0)),
    generatedAt: z.nullable(timestamp),
  }),
});
export type TwoStep = z.infer<typeof twoStep>;

/** An authenticator app being set up: shown only now, usable once confirmed with a first code. */
export const totpSetup = z.object({
  id: z.string(),
  /** The shared secret, base32, for typing into an app that cannot scan. */
  secret: z.string().check(z.regex(/^[A-Z2-7]+=*$/, 'invalid_format')),
  /** `otpauth://totp/...`, what the QR code holds. */
  uri: z.string().check(z.regex(/^otpauth:\/\/totp\//, 'invalid_format')),
  algorithm: z.literal(TOTP_ALGORITHM),
  digits: z.literal(TOTP_DIGITS),
  period: z.literal(TOTP_PERIOD_SECONDS),
  expiresAt: timestamp,
});
export type TotpSetup = z.infer<typeof totpSetup>;

export const totpConfirmation = z.object({ setupId: z.string(), code: verificationCode });
export type TotpConfirmation = z.input<typeof totpConfirmation>;

/** A fresh set of backup codes, shown this once: the backend keeps only their hashes. */
export const backupCodes = z.object({
  codes: z.array(z.string()),
  generatedAt: timestamp,
});
export type BackupCodes = z.infer<typeof backupCodes>;

/**
 * What turning a method on answers: the new state, and the backup codes when this change turned
 * two-step verification on (made now, shown this once), else null.
 */
export const twoStepChange = z.object({ twoStep, backupCodes: z.nullable(backupCodes) });
export type TwoStepChange = z.infer<typeof twoStepChange>;

/** Where the account is signed in. */
export const session = z.object({
  id: z.string(),
  /** The session this request came from. */
  current: z.boolean(),
  device: z.object({
    kind: z.enum(['desktop', 'mobile', 'tablet', 'other']),
    /** `macOS 15`, `Android 16`; null when unknown. */
    os: z.nullable(z.string()),
    /** `Firefox 140`; null when unknown. */
    browser: z.nullable(z.string()),
  }),
  /** Where the last request came from, as well as the backend could tell; null when it cannot. */
  place: z.nullable(
    z.object({
      city: z.nullable(z.string()),
      /** ISO 3166-1 alpha-2, for `Intl.DisplayNames`. */
      country: z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/, 'invalid_format'))),
    }),
  ),
  ipAddress: z.nullable(z.string()),
  signedInAt: timestamp,
  lastActiveAt: timestamp,
});
export type Session = z.infer<typeof session>;
export const sessions = z.array(session);

import type { AccountAdapter } from './adapter.js';
import { AccountError, type AccountErrorCode } from './errors.js';

/**
 * The REST contract's paths, one per adapter method: `RestAdapter` calls them, the mock API serves
 * them, and `docs/openapi.yaml` documents them (a test keeps the three in agreement).
 * `:id` stands for a path parameter.
 */
export const ROUTES = {
  getAccount: ['GET', '/account'],
  updateProfile: ['PATCH', '/account'],
  checkUsername: ['GET', '/account/username-availability'],
  uploadAvatar: ['PUT', '/account/avatar'],
  removeAvatar: ['DELETE', '/account/avatar'],
  startPhoneChange: ['POST', '/account/phone/verifications'],
  confirmPhoneChange: ['POST', '/account/phone/verifications/:id/confirm'],
  resendVerification: ['POST', '/verifications/:id/resend'],
  startPasswordReset: ['POST', '/account/password/reset-codes'],
  completePasswordReset: ['POST', '/account/password/reset'],
  changePassword: ['POST', '/account/password/change'],
  startEmailChange: ['POST', '/account/email/verifications'],
  cancelEmailChange: ['DELETE', '/account/email/pending'],
  confirmEmailChange: ['POST', '/account/email/confirm'],
  getNotificationSettings: ['GET', '/account/notifications'],
  updateNotificationSettings: ['PATCH', '/account/notifications'],
  getPlan: ['GET', '/plan'],
  listPlans: ['GET', '/plans'],
  startCheckout: ['POST', '/plan/checkout'],
  getVoiceSettings: ['GET', '/settings/voice'],
  updateVoiceSettings: ['PUT', '/settings/voice'],
  uploadVoicemailGreeting: ['PUT', '/settings/voice/greeting'],
  removeVoicemailGreeting: ['DELETE', '/settings/voice/greeting'],
  getMessageSettings: ['GET', '/settings/messages'],
  updateMessageSettings: ['PUT', '/settings/messages'],
  getApiKey: ['GET', '/api-key'],
  revealApiKey: ['POST', '/api-key/reveal'],
  regenerateApiKey: ['POST', '/api-key/regenerate'],
  deleteAccount: ['POST', '/account/deletion'],
  startReverification: ['POST', '/reverifications/sms'],
  completeReverification: ['POST', '/reverifications'],
  listPasskeys: ['GET', '/account/passkeys'],
  startPasskeyRegistration: ['POST', '/account/passkeys/registrations'],
  completePasskeyRegistration: ['POST', '/account/passkeys/registrations/:id/complete'],
  renamePasskey: ['PATCH', '/account/passkeys/:id'],
  removePasskey: ['DELETE', '/account/passkeys/:id'],
  getTwoStep: ['GET', '/account/two-step'],
  startTotpSetup: ['POST', '/account/two-step/totp/setups'],
  confirmTotpSetup: ['POST', '/account/two-step/totp/setups/:id/confirm'],
  disableTotp: ['DELETE', '/account/two-step/totp'],
  enableSmsTwoStep: ['POST', '/account/two-step/sms'],
  disableSmsTwoStep: ['DELETE', '/account/two-step/sms'],
  regenerateBackupCodes: ['POST', '/account/two-step/backup-codes'],
  listSessions: ['GET', '/account/sessions'],
  revokeSession: ['DELETE', '/account/sessions/:id'],
  revokeOtherSessions: ['POST', '/account/sessions/revoke-others'],
} as const satisfies Record<keyof AccountAdapter, readonly [HttpMethod, string]>;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Resources that carry an `ETag`; their updates send `If-Match`. */
export const VERSIONED_RESOURCES = [
  '/account',
  '/account/notifications',
  '/settings/voice',
  '/settings/messages',
] as const;
export type VersionedResource = (typeof VERSIONED_RESOURCES)[number];

/**
 * The methods whose answer is a versioned resource, and which one: the answer carries its `ETag`
 * (its version), and an update of it must say which version it was made against.
 */
export const ANSWER_VERSIONS = {
  getAccount: '/account',
  updateProfile: '/account',
  uploadAvatar: '/account',
  removeAvatar: '/account',
  confirmPhoneChange: '/account',
  cancelEmailChange: '/account',
  confirmEmailChange: '/account',
  getNotificationSettings: '/account/notifications',
  updateNotificationSettings: '/account/notifications',
  getVoiceSettings: '/settings/voice',
  updateVoiceSettings: '/settings/voice',
  uploadVoicemailGreeting: '/settings/voice',
  removeVoicemailGreeting: '/settings/voice',
  getMessageSettings: '/settings/messages',
  updateMessageSettings: '/settings/messages',
} as const satisfies Partial<Record<keyof AccountAdapter, VersionedResource>>;

/** The updates of a versioned resource: each needs `If-Match` (else 428) that still matches (else 412). */
export const CONDITIONAL_UPDATES = [
  'updateProfile',
  'updateNotificationSettings',
  'updateVoiceSettings',
  'updateMessageSettings',
] as const satisfies readonly (keyof typeof ANSWER_VERSIONS)[];

/**
 * Answers that carry a secret (the API key, a reverification token, an authenticator app's secret,
 * backup codes): never stored by a cache.
 */
export const SECRET_ANSWERS = [
  'revealApiKey',
  'regenerateApiKey',
  'completeReverification',
  'startTotpSetup',
  'confirmTotpSetup',
  'enableSmsTwoStep',
  'regenerateBackupCodes',
] as const satisfies readonly (keyof AccountAdapter)[];

/** The request headers of the contract. */
export const HEADERS = {
  idempotencyKey: 'Idempotency-Key',
  reverificationToken: 'Reverification-Token',
} as const;

/** An id to put in a path, and the input field it came from, to put a refusal on. */
export interface PathId {
  field: string;
  value: string;
}

/**
 * An opaque token of URL-unreserved characters. It may not start with a dot: `encodeURIComponent`
 * leaves `.` and `..` alone, and a URL parser folds those segments away, so
 * `/verifications/../resend` would reach `/resend`, another route than the one meant.
 */
const SAFE_PATH_ID = /^[A-Za-z0-9_-][A-Za-z0-9._~-]{0,127}$/;

/**
 * `/verifications/:id/resend` with the id filled in. An id that is not a safe opaque token is
 * refused with `validation` on its field, before anything is sent: it could only point elsewhere.
 */
export function routePath(template: string, id?: PathId): string {
  if (id === undefined) return template;
  if (!SAFE_PATH_ID.test(id.value)) {
    const message = 'The id has characters an id of the contract never has';
    throw new AccountError('validation', message, {
      fields: { [id.field]: { code: 'invalid_format', message } },
      status: 422,
    });
  }
  return template.replace(':id', id.value);
}

/**
 * The body of every error answer (`application/problem+json`, RFC 9457), with the contract's
 * extensions: `code` from the closed set, per-field `errors`, and the details some codes carry.
 */
export interface ProblemBody {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  /** Per field: its code, the sender's words, and the limit a length rule has (`min`, `max`). */
  errors?: { field: string; code: string; message?: string; min?: number; max?: number }[];
  retryAfter?: number;
  methods?: string[];
  attemptsLeft?: number;
  /** With `reverification_required`: the operation the identity check is for. */
  operation?: string;
}

/** The status each error code is sent with (a failed `If-Match` is 412, also `conflict`). */
export const STATUS_FOR_CODE = {
  validation: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_required: 428,
  rate_limited: 429,
  network: 503,
  timeout: 504,
  invalid_response: 502,
  verification_failed: 422,
  verification_expired: 410,
  reverification_required: 403,
  idempotency_key_reused: 422,
  idempotency_key_in_use: 409,
  unsupported: 501,
} as const satisfies Record<AccountErrorCode, number>;

/**
 * The operations that need a fresh identity check (step-up): what a thief with a stolen session
 * would do first (see or replace the key, take over the contact points, delete, add a way to sign
 * in or take one away, sign the owner out). Without a `Reverification-Token` bought for the
 * operation, the backend answers 403 `reverification_required`.
 */
export const STEP_UP_OPERATIONS = [
  'revealApiKey',
  'regenerateApiKey',
  'startPhoneChange',
  'startEmailChange',
  'deleteAccount',
  'startPasskeyRegistration',
  'removePasskey',
  'startTotpSetup',
  'disableTotp',
  'enableSmsTwoStep',
  'disableSmsTwoStep',
  'regenerateBackupCodes',
  'revokeSession',
  'revokeOtherSessions',
] as const satisfies readonly (keyof AccountAdapter)[];

/** The operations only an admin may run; a member hears 403 `forbidden`. */
export const ADMIN_OPERATIONS = [
  'revealApiKey',
  'regenerateApiKey',
  'deleteAccount',
  'startCheckout',
] as const satisfies readonly (keyof AccountAdapter)[];

/**
 * What a page on another origin needs from the backend's CORS answers. The browser asks before
 * sending any of these request headers (a preflight), and hides every answer header but a few
 * unless exposed: an unreadable `ETag` means updates go without `If-Match` (and get 428), an
 * unreadable `Retry-After` means no wait to show.
 */
export const CORS_HEADERS = {
  allow: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', 'Reverification-Token'],
  expose: ['ETag', 'Retry-After'],
  methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
} as const;

/**
 * Routes that are not part of the product's contract: the mock API serves them, and a staging
 * server may, so `account-elements verify` can read the codes and links it "sent". Never in
 * production: the outbox holds every one-time code.
 */
export const TEST_ROUTES = {
  outbox: ['GET', '/test/outbox'],
} as const satisfies Record<string, readonly [HttpMethod, string]>;

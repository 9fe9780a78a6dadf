import type { AccountAdapter } from './adapter.js';
import type { AccountErrorCode } from './errors.js';

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
  getMessageSettings: ['GET', '/settings/messages'],
  updateMessageSettings: ['PUT', '/settings/messages'],
  getApiKey: ['GET', '/api-key'],
  revealApiKey: ['POST', '/api-key/reveal'],
  regenerateApiKey: ['POST', '/api-key/regenerate'],
  deleteAccount: ['POST', '/account/deletion'],
  startReverification: ['POST', '/reverifications/sms'],
  completeReverification: ['POST', '/reverifications'],
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

/** The request headers of the contract. */
export const HEADERS = {
  idempotencyKey: 'Idempotency-Key',
  reverificationToken: 'Reverification-Token',
} as const;

/** `/verifications/:id/resend` with the id filled in (encoded). */
export function routePath(template: string, id?: string): string {
  return id === undefined ? template : template.replace(':id', encodeURIComponent(id));
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
  errors?: { field: string; code: string; message?: string }[];
  retryAfter?: number;
  methods?: string[];
  attemptsLeft?: number;
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
  unsupported: 501,
} as const satisfies Record<AccountErrorCode, number>;

import type { ReverificationMethod } from './schemas.js';

/** The closed set of failure codes every adapter speaks. */
export const ERROR_CODES = [
  'validation',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'precondition_required',
  'rate_limited',
  'network',
  'timeout',
  'invalid_response',
  'verification_failed',
  'verification_expired',
  'reverification_required',
  'idempotency_key_reused',
  'idempotency_key_in_use',
  'unsupported',
] as const;
export type AccountErrorCode = (typeof ERROR_CODES)[number];

/** One field's problem: a code the catalog can translate, and the sender's own words as a fallback. */
export interface FieldError {
  code: string;
  message?: string;
  /** The limit a `too_short` broke, so the text can say "at least 8" without knowing the field. */
  min?: number;
  /** The limit a `too_long` (or another length code) broke. */
  max?: number;
}

export interface AccountErrorDetails {
  /** Per-field problems, keyed by the field's path (`username`, `forwarding.number`). */
  fields?: Record<string, FieldError>;
  /** Seconds to wait before trying again (`rate_limited`). */
  retryAfter?: number;
  /** What the backend accepts as a fresh proof of identity (`reverification_required`). */
  reverificationMethods?: ReverificationMethod[];
  /** Tries left on a verification code or password (`verification_failed`). */
  attemptsLeft?: number;
  /**
   * The operation an identity check is asked for (`reverification_required`): the adapter method's
   * name. The proof names it again, and the token it buys is good for that operation alone.
   */
  operation?: string;
  /** The HTTP status, when the error came from one. */
  status?: number;
  cause?: unknown;
}

/**
 * Every adapter failure. Elements branch on `code`, never on `message`, which is for developers.
 */
export class AccountError extends Error {
  readonly code: AccountErrorCode;
  readonly fields: Record<string, FieldError>;
  readonly retryAfter: number | undefined;
  readonly reverificationMethods: ReverificationMethod[];
  readonly attemptsLeft: number | undefined;
  readonly operation: string | undefined;
  readonly status: number | undefined;

  constructor(code: AccountErrorCode, message: string = code, details: AccountErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'AccountError';
    this.code = code;
    this.fields = details.fields ?? {};
    this.retryAfter = details.retryAfter;
    this.reverificationMethods = details.reverificationMethods ?? [];
    this.attemptsLeft = details.attemptsLeft;
    this.operation = details.operation;
    this.status = details.status;
  }

  /** True for failures worth trying again without any change of input. */
  get retryable(): boolean {
    return (
      this.code === 'network' ||
      this.code === 'timeout' ||
      this.code === 'rate_limited' ||
      this.code === 'idempotency_key_in_use'
    );
  }
}

export function isAccountError(value: unknown, code?: AccountErrorCode): value is AccountError {
  return value instanceof AccountError && (code === undefined || value.code === code);
}

/**
 * Wraps anything thrown into an `AccountError`, so callers have one type to handle. An abort is not
 * an error of the account: callers check `isAbort` first and drop it.
 */
export function toAccountError(error: unknown): AccountError {
  if (error instanceof AccountError) return error;
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new AccountError('timeout', 'The request timed out', { cause: error });
  }
  return new AccountError('network', error instanceof Error ? error.message : String(error), {
    cause: error,
  });
}

/** True for the rejection of a call whose `AbortSignal` fired. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

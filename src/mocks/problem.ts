import { HttpResponse } from 'msw';
import { STATUS_FOR_CODE, type AccountError, type AccountErrorCode, type ProblemBody } from '../api/index.js';

/** A short summary per code (RFC 9457 `title`); the error's own message goes in `detail`. */
const TITLES: Record<AccountErrorCode, string> = {
  validation: 'The input is not valid',
  unauthorized: 'Not signed in',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  conflict: 'Changed by someone else',
  precondition_required: 'A precondition is missing',
  rate_limited: 'Too many requests',
  network: 'Service unavailable',
  timeout: 'The backend took too long',
  invalid_response: 'The backend gave an invalid answer',
  verification_failed: 'The code is not right',
  verification_expired: 'The code has expired',
  reverification_required: 'Confirm your identity to continue',
  idempotency_key_reused: 'This Idempotency-Key was used for another request',
  idempotency_key_in_use: 'A request with this Idempotency-Key is still being processed',
  unsupported: 'Not supported',
};

/** An `AccountError` as the contract's problem body. */
export function problemBody(error: AccountError, status: number = STATUS_FOR_CODE[error.code]): ProblemBody {
  const body: ProblemBody = { title: TITLES[error.code], status, code: error.code };
  if (error.message && error.message !== error.code) body.detail = error.message;
  const fields = Object.entries(error.fields);
  if (fields.length > 0) {
    body.errors = fields.map(([field, problem]) => ({ field, ...problem }));
  }
  if (error.retryAfter !== undefined) body.retryAfter = error.retryAfter;
  if (error.code === 'reverification_required') body.methods = [...error.reverificationMethods];
  if (error.operation !== undefined) body.operation = error.operation;
  if (error.attemptsLeft !== undefined) body.attemptsLeft = error.attemptsLeft;
  return body;
}

/** The `application/problem+json` answer for an error, with `Retry-After` when it says when to retry. */
export function problemResponse(
  error: AccountError,
  status: number = STATUS_FOR_CODE[error.code],
  headers: Record<string, string> = {},
): Response {
  const all = new Headers(headers);
  all.set('Content-Type', 'application/problem+json');
  if (error.retryAfter !== undefined)
    all.set('Retry-After', String(Math.max(0, Math.ceil(error.retryAfter))));
  return HttpResponse.json(problemBody(error, status), { status, headers: all });
}

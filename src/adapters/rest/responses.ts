import * as z from 'zod/mini';
import {
  AccountError,
  ERROR_CODES,
  reverificationMethod,
  type AccountErrorCode,
  type FieldError,
  type ReverificationMethod,
} from '../../api/index.js';
import { parseRetryAfter } from './timing.js';

/** What one attempt brought back, body already read (so the timeout covered it). */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * The problem body read leniently, a field at a time: a backend that gets one extension wrong still
 * gets its other details through, and a body that is not a problem at all leaves everything undefined.
 * (Field by field rather than with `z.catch`, which brings all of zod's helpers into a host's bundle.)
 */
const count = z.number().check(z.int(), z.gte(0));
const problemFields = {
  code: z.string(),
  title: z.string(),
  detail: z.string(),
  errors: z.array(z.looseObject({ field: z.string(), code: z.string(), message: z.optional(z.string()) })),
  retryAfter: z.number().check(z.gte(0)),
  methods: z.array(z.string()),
  attemptsLeft: count,
  operation: z.string().check(z.maxLength(64)),
};
const fieldErrorBounds = { min: count, max: count };

type Lenient<S extends Record<string, z.ZodMiniType>> = { [K in keyof S]?: z.output<S[K]> };

/** Each key of `shape` that `value` holds in the right shape; the rest left out. */
function readLeniently<S extends Record<string, z.ZodMiniType>>(shape: S, value: unknown): Lenient<S> {
  const read: Lenient<S> = {};
  if (typeof value !== 'object' || value === null) return read;
  for (const key of Object.keys(shape) as (keyof S & string)[]) {
    const result = shape[key]!.safeParse((value as Record<string, unknown>)[key]);
    if (result.success) read[key] = result.data as z.output<S[typeof key]>;
  }
  return read;
}

function readProblem(text: string): Lenient<typeof problemFields> {
  try {
    return readLeniently(problemFields, JSON.parse(text));
  } catch {
    return {};
  }
}

function isErrorCode(value: string | undefined): value is AccountErrorCode {
  return (ERROR_CODES as readonly string[]).includes(value ?? '');
}

/** The code a bare status means, for backends (and proxies) that send no problem body. */
function codeForStatus(status: number): AccountErrorCode {
  switch (status) {
    case 400:
    case 422:
      return 'validation';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
    case 412:
      return 'conflict';
    case 410:
      return 'verification_expired';
    case 428:
      return 'precondition_required';
    case 429:
      return 'rate_limited';
    case 501:
      return 'unsupported';
    case 408:
    case 504:
      return 'timeout';
    default:
      return status >= 500 && status <= 599 ? 'network' : 'invalid_response';
  }
}

/**
 * Turns a non-2xx answer into the `AccountError` elements branch on. A 5xx says the server failed,
 * not what the person did: its body is ignored, since it is often a stack trace or a query (not
 * for people's eyes) and its `code` would pass a crash off as, say, `forbidden`.
 */
export function errorFromResponse(response: RawResponse): AccountError {
  const { status } = response;
  const retryAfterHeader = parseRetryAfter(response.headers.get('Retry-After'));
  if (status >= 500) {
    return new AccountError(codeForStatus(status), `HTTP ${status}`, {
      retryAfter: retryAfterHeader,
      status,
    });
  }
  const problem = readProblem(response.text);
  // A version mismatch is always a conflict, whatever code the body chose: the cure is the same reload.
  // The one other 409 is an idempotency key still in use, which a reload would not cure.
  const versionMismatch = status === 412 || (status === 409 && problem.code !== 'idempotency_key_in_use');
  const code = !versionMismatch && isErrorCode(problem.code) ? problem.code : codeForStatus(status);

  const fields: Record<string, FieldError> = {};
  for (const error of problem.errors ?? []) {
    if (fields[error.field]) continue;
    const { field, message } = error;
    const { min, max } = readLeniently(fieldErrorBounds, error);
    // Only what was sent: an absent detail stays absent rather than becoming `undefined`.
    const fieldError: FieldError = { code: error.code };
    if (message !== undefined) fieldError.message = message;
    if (min !== undefined) fieldError.min = min;
    if (max !== undefined) fieldError.max = max;
    fields[field] = fieldError;
  }
  const methods = (problem.methods ?? []).filter(
    (method): method is ReverificationMethod => reverificationMethod.safeParse(method).success,
  );

  return new AccountError(code, problem.detail ?? problem.title ?? `HTTP ${status}`, {
    fields,
    retryAfter: retryAfterHeader ?? problem.retryAfter,
    reverificationMethods: methods,
    attemptsLeft: problem.attemptsLeft,
    operation: problem.operation,
    status,
  });
}

/**
 * Parses a 2xx body with the contract's schema. Whatever the backend sent, the caller gets either
 * data of the promised shape or `invalid_response`, never a crash further in.
 */
export function parseSuccess<S extends z.ZodMiniType>(schema: S, response: RawResponse): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(response.text);
  } catch (error) {
    throw new AccountError('invalid_response', 'The response is not JSON', {
      cause: error,
      status: response.status,
    });
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  throw new AccountError('invalid_response', 'The response does not fit the contract', {
    cause: result.error.issues,
    status: response.status,
  });
}

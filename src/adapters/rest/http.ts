import { AccountError, type HttpMethod } from '../../api/index.js';
import {
  DEFAULT_MAX_RETRY_DELAY,
  DEFAULT_RETRIES,
  DEFAULT_RETRY_DELAY,
  DEFAULT_TIMEOUT,
  type RestAdapterOptions,
} from './options.js';
import { errorFromResponse, type RawResponse } from './responses.js';
import { MAX_RESPONSE_BYTES, isJsonType, readTextUpTo } from './body.js';
import { delay as wait } from '../../api/delay.js';
import { backoffDelay } from './timing.js';
import { CorsDiagnostics } from './diagnostics.js';

export interface HttpRequest {
  method: HttpMethod;
  /** A contract path, ids already filled in. */
  path: string;
  query?: Record<string, string>;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is, with its own type as `Content-Type`. */
  blob?: Blob;
  /** The contract's per-call headers (`If-Match`, `Idempotency-Key`, ...). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** `'no-store'` for answers that carry a secret, so no cache on the way keeps a copy. */
  cache?: RequestCache;
  /** Told the status and headers of every answer that came back (redirects aside), whatever its status. */
  onResponse?: (status: number, headers: Headers) => void;
  /** The answer is a versioned resource: a success without a readable `ETag` is worth a warning. */
  versioned?: boolean;
}

type Attempt =
  | { ok: true; response: RawResponse }
  | { ok: false; error: AccountError; retryable: boolean; honourRetryAfter: boolean };

/** Statuses that say "later", not "no": a read that got one is worth another try. */
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);
/** The statuses whose `Retry-After` we wait out before retrying. */
const RETRY_AFTER_STATUSES = new Set([429, 503]);

/**
 * A 3xx answer, or the opaque stand-in for one. `redirect: 'error'` makes a browser's fetch reject
 * instead (which reads as `network`), but a host's own `fetch` may not honour it, and a 3xx need not
 * have a `Location` at all (a 300 or 304).
 */
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status <= 399);
}

/**
 * An answer the contract never gives: `invalid_response`, not `network`, as the server did answer
 * and asking again would only bring the same answer, so it is not retried.
 */
function refused(message: string, status: number): Attempt {
  const error = new AccountError('invalid_response', message, { status });
  return { ok: false, error, retryable: false, honourRetryAfter: false };
}

/** A 2xx answer, if it is data: within the limit and, when it has a body, labelled JSON. */
function successOf(response: Response, text: string | null): Attempt {
  if (text === null) return refused(`The response is over ${MAX_RESPONSE_BYTES} bytes`, response.status);
  // An HTML page answered with 200 (a login portal, a proxy's error page) is not data, even if it parses.
  if (text !== '' && !isJsonType(response.headers.get('Content-Type'))) {
    return refused('The response is not application/json', response.status);
  }
  return { ok: true, response: { status: response.status, headers: response.headers, text } };
}

/** Base URL and path joined with exactly one slash between them, whatever the host wrote. */
export function joinUrl(baseUrl: string, path: string, query?: Record<string, string>): string {
  const url = `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  return query ? `${url}?${new URLSearchParams(query).toString()}` : url;
}

/**
 * The transport under `RestAdapter`: one call is one or more attempts, each with its own timeout,
 * retried only for reads. Resolves with a 2xx answer; everything else becomes an `AccountError`,
 * except the caller's abort, which rejects with the signal's reason untouched. Redirects are never
 * followed, and no body is read past `MAX_RESPONSE_BYTES`.
 */
export class HttpClient {
  readonly #options: RestAdapterOptions;
  readonly #fetch: typeof fetch;
  readonly #timeout: number;
  readonly #retries: number;
  readonly #retryDelay: number;
  readonly #maxRetryDelay: number;
  readonly #random: () => number;
  /** One per adapter, so each configuration problem is warned about once. */
  readonly #cors = new CorsDiagnostics();

  constructor(options: RestAdapterOptions) {
    this.#options = options;
    // Looked up per call rather than bound once, so a fetch mock installed after construction still applies.
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#timeout = options.timeout ?? DEFAULT_TIMEOUT;
    this.#retries = Math.max(0, Math.floor(options.retries ?? DEFAULT_RETRIES));
    this.#retryDelay = options.retryDelay ?? DEFAULT_RETRY_DELAY;
    this.#maxRetryDelay = options.maxRetryDelay ?? DEFAULT_MAX_RETRY_DELAY;
    this.#random = options.random ?? Math.random;
  }

  async send(request: HttpRequest): Promise<RawResponse> {
    for (let retry = 0; ; retry++) {
      const outcome = await this.#attempt(request);
      if (outcome.ok) return outcome.response;
      // A write that timed out may still have happened; only the caller can know whether to repeat
      // it. One whose idempotency key was still in use did nothing: the server answers it once the
      // first request with that key has.
      const repeatable = request.method === 'GET' || outcome.error.code === 'idempotency_key_in_use';
      const delay = repeatable && retry < this.#retries ? this.#delayBeforeRetry(outcome, retry) : undefined;
      if (delay === undefined) throw outcome.error;
      await wait(delay, request.signal);
    }
  }

  #delayBeforeRetry(outcome: Extract<Attempt, { ok: false }>, retry: number): number | undefined {
    if (!outcome.retryable) return undefined;
    const asked = outcome.honourRetryAfter ? outcome.error.retryAfter : undefined;
    if (asked === undefined) return backoffDelay(retry, this.#retryDelay, this.#maxRetryDelay, this.#random);
    const askedMs = asked * 1000;
    // Holding a spinner for a minute helps nobody: past our longest wait, let the page say "try later".
    return askedMs > this.#maxRetryDelay ? undefined : askedMs;
  }

  async #attempt(request: HttpRequest): Promise<Attempt> {
    const headers = await this.#headers(request);
    const timeout = new AbortController();
    const timer = setTimeout(
      () => timeout.abort(new DOMException('The request timed out', 'TimeoutError')),
      this.#timeout,
    );
    const signal = request.signal ? AbortSignal.any([request.signal, timeout.signal]) : timeout.signal;
    // A redirect would carry the body (a password, say) to wherever `Location` points, another origin
    // included; the contract has none, so one is refused, never followed.
    const init: RequestInit = { method: request.method, headers, signal, redirect: 'error' };
    if (request.cache !== undefined) init.cache = request.cache;
    if (request.json !== undefined) init.body = JSON.stringify(request.json);
    else if (request.blob !== undefined) init.body = request.blob;
    if (this.#options.credentials !== undefined) init.credentials = this.#options.credentials;

    const url = joinUrl(this.#options.baseUrl, request.path, request.query);
    try {
      const response = await this.#fetch(url, init);
      if (response.type !== 'opaque') this.#cors.allowed(request.method, headers);
      if (isRedirect(response)) {
        await response.body?.cancel();
        return refused(`HTTP ${response.status}: a redirect, which is never followed`, response.status);
      }
      request.onResponse?.(response.status, response.headers);
      const text = await readTextUpTo(response);
      if (response.status >= 200 && response.status <= 299) {
        if (request.versioned && !response.headers.has('ETag')) await this.#cors.warnNoEtag(url);
        return successOf(response, text);
      }
      // An error body over the limit is dropped, not fatal: the status alone still says what went wrong.
      const raw: RawResponse = { status: response.status, headers: response.headers, text: text ?? '' };
      const error = errorFromResponse(raw);
      const inUse = error.code === 'idempotency_key_in_use';
      return {
        ok: false,
        error,
        retryable: inUse || RETRYABLE_STATUSES.has(raw.status),
        honourRetryAfter: inUse || RETRY_AFTER_STATUSES.has(raw.status),
      };
    } catch (error) {
      if (request.signal?.aborted) throw request.signal.reason;
      if (timeout.signal.aborted) {
        const failure = new AccountError('timeout', `No answer within ${this.#timeout} ms`, { cause: error });
        return { ok: false, error: failure, retryable: true, honourRetryAfter: false };
      }
      // A browser reports a request its CORS rules refused as it reports a dead network: a bare
      // TypeError. Told apart, the person is not sent to check a connection that works, and the
      // integrator is told which header to allow.
      if (
        error instanceof TypeError &&
        this.#cors.crossOrigin(url) &&
        (await this.#cors.blockedByCors(this.#fetch, url))
      ) {
        await this.#cors.warnBlocked({
          method: request.method,
          url,
          headers,
          credentials: this.#options.credentials === 'include',
        });
        const blocked = `${request.method} ${url} was blocked by the server's CORS setup`;
        const failure = new AccountError('invalid_response', blocked, { cause: error });
        return { ok: false, error: failure, retryable: false, honourRetryAfter: false };
      }
      const message = error instanceof Error ? error.message : String(error);
      const failure = new AccountError('network', message, { cause: error });
      return { ok: false, error: failure, retryable: true, honourRetryAfter: false };
    } finally {
      clearTimeout(timer);
    }
  }

  async #headers(request: HttpRequest): Promise<Headers> {
    const extra = this.#options.headers;
    const headers = new Headers(typeof extra === 'function' ? extra() : extra);
    headers.set('Accept', 'application/json');
    if (request.json !== undefined) headers.set('Content-Type', 'application/json');
    else if (request.blob?.type) headers.set('Content-Type', request.blob.type);
    const token = await this.#token();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    for (const [name, value] of Object.entries(request.headers ?? {})) headers.set(name, value);
    return headers;
  }

  async #token(): Promise<string | null | undefined> {
    if (!this.#options.getToken) return undefined;
    try {
      return await this.#options.getToken();
    } catch (error) {
      if (error instanceof AccountError) throw error;
      // Without a token the backend would answer 401 anyway; say so now instead of sending a doomed request.
      throw new AccountError('unauthorized', 'Could not get an access token', { cause: error });
    }
  }
}

/** What a host can tune about how `RestAdapter` reaches its backend. */
export interface RestAdapterOptions {
  /** Where the contract's paths start: `/api`, `https://api.example.com/v1`. A trailing slash is fine. */
  baseUrl: string;
  /**
   * The bearer token, asked for before every attempt so a refreshed token is picked up without
   * making a new adapter. Nothing (null, undefined, '') sends no `Authorization` header.
   */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Extra headers on every request; a function is called per request. The contract's own headers win. */
  headers?: Record<string, string> | (() => Record<string, string>);
  /** Passed to `fetch`; `'include'` for cookie sessions on another origin. */
  credentials?: RequestCredentials;
  /** Milliseconds one attempt may take, answer body included. Default 15000. */
  timeout?: number;
  /**
   * How many times a failed read (GET) is tried again. Default 2. A write is tried again only when
   * the backend says its idempotency key is still in use by an earlier attempt (409
   * `idempotency_key_in_use`), which means this attempt did nothing.
   */
  retries?: number;
  /** Base of the exponential backoff between retries, in ms. Default 300. */
  retryDelay?: number;
  /**
   * The longest wait between retries, in ms. Default 5000. A `Retry-After` asking for longer is not
   * waited for: the call fails with `rate_limited` (or `network`) and its `retryAfter`, so the page can say so.
   */
  maxRetryDelay?: number;
  /** Defaults to the page's `fetch`, looked up per call so a mock installed later still sees the requests. */
  fetch?: typeof fetch;
  /** Source of the backoff jitter, in [0, 1). Default `Math.random`. */
  random?: () => number;
}

export const DEFAULT_TIMEOUT = 15_000;
export const DEFAULT_RETRIES = 2;
export const DEFAULT_RETRY_DELAY = 300;
export const DEFAULT_MAX_RETRY_DELAY = 5_000;

import { HEADERS, newIdempotencyKey, type HttpMethod } from '../../api/index.js';
import { MAX_RESPONSE_BYTES, readTextUpTo } from '../../adapters/rest/body.js';
import type { VerifyOptions } from './types.js';

export interface ProbeRequest {
  method: HttpMethod | 'OPTIONS';
  /** A contract path with its id filled in, and its query if any. */
  path: string;
  json?: unknown;
  /** Sent as is, with its type as `Content-Type`. */
  blob?: Blob;
  headers?: Record<string, string>;
  /** Leave out the credentials given on the command line, to see the server refuse. */
  anonymous?: boolean;
  /** The `Idempotency-Key` of a POST; a fresh one when left out, none when null. */
  idempotencyKey?: string | null;
}

/** An answer, body read, as the checks look at it. */
export interface Answer {
  request: ProbeRequest;
  /** 0 when no answer came (refused connection, timeout); `error` says why. */
  status: number;
  headers: Headers;
  /** The media type alone, lower-cased: `application/json`. */
  mediaType: string;
  text: string;
  /** The body parsed, when it was labelled JSON and parsed; undefined otherwise. */
  json: unknown;
  error?: string;
}

/**
 * Talks to the server as `RestAdapter` would (same headers, no retries, no redirects followed), but
 * keeps every answer whole, status and headers included, for the checks to judge.
 */
export class ProbeClient {
  readonly #options: VerifyOptions;
  readonly #fetch: typeof fetch;

  constructor(options: VerifyOptions) {
    this.#options = options;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  url(path: string): string {
    return `${this.#options.baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  }

  async send(request: ProbeRequest): Promise<Answer> {
    const headers = new Headers();
    if (request.method !== 'OPTIONS') headers.set('Accept', 'application/json');
    if (!request.anonymous) {
      for (const [name, value] of Object.entries(this.#options.headers ?? {})) headers.set(name, value);
      if (this.#options.token) headers.set('Authorization', `Bearer ${this.#options.token}`);
    }
    if (this.#options.origin) headers.set('Origin', this.#options.origin);
    let body: BodyInit | undefined;
    if (request.json !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(request.json);
    } else if (request.blob !== undefined) {
      if (request.blob.type) headers.set('Content-Type', request.blob.type);
      body = request.blob;
    }
    if (request.method === 'POST' && request.idempotencyKey !== null) {
      headers.set(HEADERS.idempotencyKey, request.idempotencyKey ?? newIdempotencyKey());
    }
    for (const [name, value] of Object.entries(request.headers ?? {})) headers.set(name, value);

    const timeout = this.#options.timeout ?? 10_000;
    try {
      const response = await this.#fetch(this.url(request.path), {
        method: request.method,
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeout),
      });
      // The same cap as RestAdapter's: a body past it is reported as too large, not read.
      const text = (await readTextUpTo(response, MAX_RESPONSE_BYTES)) ?? '(over 1 MiB: not read)';
      const mediaType = (response.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
      return {
        request,
        status: response.status,
        headers: response.headers,
        mediaType,
        text,
        json: parseJson(mediaType, text),
      };
    } catch (error) {
      const reason =
        error instanceof DOMException && error.name === 'TimeoutError'
          ? `no answer within ${timeout} ms`
          : describeFetchError(error);
      return {
        request,
        status: 0,
        headers: new Headers(),
        mediaType: '',
        text: '',
        json: undefined,
        error: reason,
      };
    }
  }
}

function parseJson(mediaType: string, text: string): unknown {
  const json = mediaType === 'application/json' || /^application\/[^/\s]+\+json$/.test(mediaType);
  if (!json || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, a bad certificate) is its cause. */
function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  if (cause instanceof Error) {
    const code = 'code' in cause && typeof cause.code === 'string' ? `${cause.code}: ` : '';
    return `${error.message} (${code}${cause.message})`;
  }
  return error.message;
}

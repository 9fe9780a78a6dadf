/** What the adapter handed to `fetch`, kept for assertions. */
export interface RecordedRequest {
  url: string;
  method: string;
  headers: Headers;
  body: BodyInit | null | undefined;
  credentials: RequestCredentials | undefined;
  redirect: RequestRedirect | undefined;
  cache: RequestCache | undefined;
  signal: AbortSignal | null | undefined;
  /** `performance.now()` when the request was made, to measure waits between retries. */
  at: number;
}

export interface Reply {
  status?: number;
  /** Sent as JSON (`application/json`, or `application/problem+json` for an error status). */
  json?: unknown;
  /** Sent verbatim, for malformed or non-JSON bodies. */
  text?: string;
  headers?: Record<string, string>;
}

/**
 * `'hang'` never answers: the request only ends when its signal aborts, as a real stalled fetch does.
 * A `Response` is handed back as it is, for bodies and statuses a `Reply` cannot describe.
 */
export type Outcome = Reply | Response | Error | 'hang';
export type Answer = Outcome | ((request: RecordedRequest, index: number) => Outcome);

export interface FakeFetch {
  fetch: typeof fetch;
  requests: RecordedRequest[];
}

function toResponse(reply: Reply): Response {
  const status = reply.status ?? 200;
  const headers = new Headers(reply.headers);
  let body: string | null = reply.text ?? null;
  if (reply.json !== undefined) {
    body = JSON.stringify(reply.json);
    if (!headers.has('Content-Type')) {
      headers.set('Content-Type', status >= 400 ? 'application/problem+json' : 'application/json');
    }
  }
  return new Response(status === 204 ? null : body, { status, headers });
}

function abortedWith(signal: AbortSignal | null | undefined): Promise<never> {
  return new Promise((_, reject) => {
    if (signal?.aborted) reject(signal.reason);
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/**
 * A `fetch` that answers from a queue (one answer per request, in order) or from one function for
 * every request, and records what it was asked. Running out of answers fails loudly.
 */
export function fakeFetch(
  answers: Answer[] | ((request: RecordedRequest, index: number) => Outcome),
): FakeFetch {
  const requests: RecordedRequest[] = [];
  const fake = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const request: RecordedRequest = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: init.body,
      credentials: init.credentials,
      redirect: init.redirect,
      cache: init.cache,
      signal: init.signal,
      at: performance.now(),
    };
    const index = requests.push(request) - 1;
    const answer = typeof answers === 'function' ? answers : answers[index];
    if (answer === undefined)
      return Promise.reject(new Error(`fake fetch: no answer for request ${index + 1}`));
    const outcome = typeof answer === 'function' ? answer(request, index) : answer;
    if (request.signal?.aborted) return abortedWith(request.signal);
    if (outcome === 'hang') return abortedWith(request.signal);
    if (outcome instanceof Error) return Promise.reject(outcome);
    if (outcome instanceof Response) return Promise.resolve(outcome);
    return Promise.resolve(toResponse(outcome));
  };
  return { fetch: fake, requests };
}

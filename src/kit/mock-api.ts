import { http, type HttpHandler } from 'msw';
import { AccountError, CORS_HEADERS, type Role } from '../api/index.js';
import { MemoryAdapter } from '../adapters/memory/index.js';
import { createHandlers } from '../mocks/handlers.js';
import { problemResponse } from '../mocks/problem.js';

export interface MockApiOptions {
  /** Who is signed in. Default `admin`. */
  user?: Role;
  /** Where the contract's paths start on the server: `''` (the default) or `/api`. */
  basePath?: string;
}

export interface MockApi {
  adapter: MemoryAdapter;
  /** The contract's handlers, the test outbox, and a problem `404` for anything else. */
  handlers: HttpHandler[];
}

/**
 * The mock API for a real HTTP server: the same handlers the demo and the tests use, over a
 * `MemoryAdapter` kept in memory only (a server has no `localStorage`, and a restart starts over),
 * with the test outbox on, so `verify` can follow codes and links.
 */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const adapter = new MemoryAdapter({ user: options.user ?? 'admin' });
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  // Handlers resolve relative paths against the server's own origin: `/account`, `/api/account`.
  const handlers = createHandlers(adapter, { baseUrl: basePath === '' ? '/' : basePath, testOutbox: true });
  const notFound = http.all('*', ({ request }) => {
    const path = new URL(request.url).pathname;
    const error = new AccountError('not_found', `No route of the contract is ${request.method} ${path}`);
    return problemResponse(error, 404, { 'Access-Control-Expose-Headers': CORS_HEADERS.expose.join(', ') });
  });
  return { adapter, handlers: [...handlers, notFound] };
}

/** What the CORS layer decided for one request. */
export interface CorsDecision {
  /** Headers to add to the answer (none for an origin that is not allowed). */
  headers: Record<string, string>;
  /** A preflight, answered here and now with `204`: it never reaches the handlers. */
  preflight: boolean;
}

/**
 * CORS as the contract asks of a backend (`CORS_HEADERS`): the origin echoed (never `*`, so cookie
 * sessions work too), credentials allowed, `ETag` and `Retry-After` exposed, and a preflight that
 * allows the contract's methods and request headers. `allowedOrigins` may hold `*` for any origin.
 */
export function corsDecision(
  method: string,
  origin: string | undefined,
  allowedOrigins: readonly string[],
): CorsDecision {
  const preflight = method === 'OPTIONS';
  if (origin === undefined || !(allowedOrigins.includes('*') || allowedOrigins.includes(origin))) {
    return { headers: { Vary: 'Origin' }, preflight };
  }
  const headers: Record<string, string> = {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    Vary: 'Origin',
  };
  if (preflight) {
    headers['Access-Control-Allow-Methods'] = CORS_HEADERS.methods.join(', ');
    headers['Access-Control-Allow-Headers'] = CORS_HEADERS.allow.join(', ');
    headers['Access-Control-Max-Age'] = '600';
  } else {
    headers['Access-Control-Expose-Headers'] = CORS_HEADERS.expose.join(', ');
  }
  return { headers, preflight };
}

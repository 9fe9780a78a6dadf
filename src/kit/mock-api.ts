import { http, HttpResponse, type HttpHandler } from 'msw';
import { AccountError, CORS_HEADERS, type Role } from '../api/index.js';
import { MemoryAdapter, type UploadedFiles } from '../adapters/memory/index.js';
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
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const files = new ServedFiles(`${basePath}/files`);
  const adapter = new MemoryAdapter({ user: options.user ?? 'admin', files });
  // Handlers resolve relative paths against the server's own origin: `/account`, `/api/account`.
  const handlers = createHandlers(adapter, { baseUrl: basePath === '' ? '/' : basePath, testOutbox: true });
  const notFound = http.all('*', ({ request }) => {
    const path = new URL(request.url).pathname;
    const error = new AccountError('not_found', `No route of the contract is ${request.method} ${path}`);
    return problemResponse(error, 404, { 'Access-Control-Expose-Headers': CORS_HEADERS.expose.join(', ') });
  });
  return { adapter, handlers: [files.origin, ...handlers, files.handler, notFound] };
}

/**
 * Uploaded pictures and greetings, kept in memory and served by the mock server at
 * `<base path>/files/<kind>/<owner>/<n>`: a page on another origin can load them, which it cannot
 * do with the `blob:` URLs a browser's `MemoryAdapter` gives. Each upload gets a new address, so
 * nothing on the way shows an old picture. The address is absolute, on the origin the page reached
 * the server at (its `Host`, learnt from every request).
 */
class ServedFiles implements UploadedFiles {
  /** Learns the server's origin from each request, then lets the request on to the handlers. */
  readonly origin: HttpHandler;
  /** Serves what `put` kept. */
  readonly handler: HttpHandler;
  private readonly stored = new Map<string, Blob>();
  private serverOrigin = 'http://localhost';
  private uploads = 0;

  constructor(private readonly path: string) {
    this.origin = http.all('*', ({ request }) => {
      this.serverOrigin = new URL(request.url).origin;
    });
    this.handler = http.get(`${path}/:kind/:owner/:upload`, ({ request }) => {
      const file = this.stored.get(new URL(request.url).pathname);
      if (!file) return problemResponse(new AccountError('not_found', 'No such file'), 404);
      return new HttpResponse(file, {
        headers: {
          'Content-Type': file.type || 'application/octet-stream',
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
          'Access-Control-Expose-Headers': CORS_HEADERS.expose.join(', '),
        },
      });
    });
  }

  put(kind: string, owner: string, file: Blob): string {
    this.uploads += 1;
    const path = `${this.path}/${encodeURIComponent(kind)}/${encodeURIComponent(owner)}/${this.uploads}`;
    this.stored.set(path, file);
    return `${this.serverOrigin}${path}`;
  }

  release(url: string): void {
    this.stored.delete(new URL(url, this.serverOrigin).pathname);
  }
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

import { http, HttpResponse, type HttpHandler } from 'msw';
import { AccountError, CORS_HEADERS, type Role } from '../api/index.js';
import { MemoryAdapter, type UploadedFiles } from '../adapters/memory/index.js';
import { createHandlers } from '../mocks/handlers.js';
import { problemBody, problemResponse } from '../mocks/problem.js';

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
 * CORS as the contract asks of a backend (`CORS_HEADERS`): a listed origin echoed with credentials
 * allowed (so cookie sessions work too), `ETag` and `Retry-After` exposed, and a preflight that
 * allows the contract's methods and request headers. `allowedOrigins` may hold `*` for any origin:
 * then the answer says `*` and never allows credentials, as a page anywhere must not act with the
 * visitor's cookies; an opaque origin (`null`: a sandboxed frame, a `data:` page) is never echoed.
 */
export function corsDecision(
  method: string,
  origin: string | undefined,
  allowedOrigins: readonly string[],
): CorsDecision {
  const preflight = method === 'OPTIONS';
  const listed = origin !== undefined && origin !== 'null' && allowedOrigins.includes(origin);
  const anyOrigin = origin !== undefined && allowedOrigins.includes('*');
  if (!listed && !anyOrigin) return { headers: { Vary: 'Origin' }, preflight };
  const headers: Record<string, string> = listed
    ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' }
    : { 'Access-Control-Allow-Origin': '*' };
  if (preflight) {
    headers['Access-Control-Allow-Methods'] = CORS_HEADERS.methods.join(', ');
    headers['Access-Control-Allow-Headers'] = CORS_HEADERS.allow.join(', ');
    headers['Access-Control-Max-Age'] = '600';
  } else {
    headers['Access-Control-Expose-Headers'] = CORS_HEADERS.expose.join(', ');
  }
  return { headers, preflight };
}

/** What the server was started to answer: the page origins CORS allows, the host names it serves. */
export interface RequestGuardOptions {
  allowedOrigins: readonly string[];
  /** Names besides loopback that may appear in `Host`: the `--host` it listens on, `--allowed-host`. */
  allowedHosts: readonly string[];
}

/** A refusal the server sends before the handlers see the request. */
export interface GuardRefusal {
  status: number;
  body: string;
  headers: Record<string, string>;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The checks a real backend makes against hostile pages, made before anything else:
 * - `Host` must name this server (loopback or a name it was started with): a page on another site
 *   that re-points its own name at 127.0.0.1 (DNS rebinding) is same-origin with nothing here, so
 *   it reads nothing, not even `/test/outbox`;
 * - a write whose `Origin` CORS does not allow is refused with `403`: a form or a `no-cors` fetch
 *   from another site reaches the server without any preflight, and would otherwise send an SMS
 *   or burn the identity check's tries. Clients that send no `Origin` (curl, `verify`) are not pages.
 * Writes that are not JSON are refused by the handlers themselves (`415`).
 */
export function guardRequest(
  method: string,
  headers: { host?: string; origin?: string },
  options: RequestGuardOptions,
): GuardRefusal | null {
  const host = hostName(headers.host ?? '');
  if (!LOOPBACK_HOSTS.has(host) && !options.allowedHosts.map(hostName).includes(host)) {
    return refusal(
      403,
      new AccountError(
        'forbidden',
        `This server does not answer for the host name ${JSON.stringify(host)}: start it with --allowed-host ${host || '<name>'} to allow it`,
      ),
    );
  }
  const { origin } = headers;
  if (SAFE_METHODS.has(method.toUpperCase()) || origin === undefined) return null;
  const allowed =
    origin !== 'null' && (options.allowedOrigins.includes(origin) || options.allowedOrigins.includes('*'));
  if (allowed) return null;
  return refusal(
    403,
    new AccountError(
      'forbidden',
      `Writes from a page on ${origin} are not allowed: start the server with --origin ${origin}`,
    ),
  );
}

/** The name part of a `Host` value, lower-cased: `LocalHost:8787` → `localhost`, `[::1]:80` → `[::1]`. */
function hostName(host: string): string {
  const value = host.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  const colon = value.indexOf(':');
  // A bare IPv6 address has several colons and no port.
  return colon >= 0 && value.indexOf(':', colon + 1) < 0 ? value.slice(0, colon) : value;
}

function refusal(status: number, error: AccountError): GuardRefusal {
  return {
    status,
    body: JSON.stringify(problemBody(error, status)),
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' },
  };
}

/**
 * What `RestAdapter` tells the integrator when the backend's CORS setup, not the network, is what
 * fails: a browser hides the reason from scripts (a blocked request is a bare `TypeError`, an
 * unexposed header is simply absent), so without this a page says "check your connection" to a
 * person whose connection works, or quietly sends updates without `If-Match`.
 */
const GUIDE = 'See docs/integrating.md ("CORS") in the account-elements package.';
const PROBE_TIMEOUT = 3000;

/** Request headers a browser sends without a preflight (with the values the adapter gives them). */
const SAFELISTED = new Set(['accept', 'accept-language', 'content-language']);
/** `Content-Type` values that need no preflight; JSON and files do. */
const SIMPLE_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/** `if-match` as the contract spells it: `If-Match`. */
function headerCase(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}

/** The headers of a request that make the browser ask the server first (a preflight). */
export function preflightedHeaders(headers: Headers): string[] {
  const names: string[] = [];
  headers.forEach((value, name) => {
    if (SAFELISTED.has(name)) return;
    if (name === 'content-type' && SIMPLE_TYPES.has(value.split(';')[0]!.trim().toLowerCase())) return;
    names.push(name);
  });
  return names.sort();
}

export class CorsDiagnostics {
  readonly #warned = new Set<string>();
  /** What cross-origin requests that got through carried: the server allows these. */
  readonly #allowedHeaders = new Set<string>();
  readonly #allowedMethods = new Set<string>(['GET', 'HEAD', 'POST']);

  /** The page's origin and the backend's, when they differ; undefined on the same origin. */
  crossOrigin(url: string): { page: string; server: string } | undefined {
    if (typeof location === 'undefined') return undefined;
    const server = new URL(url, location.href).origin;
    return server === location.origin ? undefined : { page: location.origin, server };
  }

  /** A cross-origin request got an answer: its method and headers are allowed. */
  allowed(method: string, headers: Headers): void {
    this.#allowedMethods.add(method);
    for (const name of preflightedHeaders(headers)) this.#allowedHeaders.add(name);
  }

  /**
   * Whether a cross-origin request that failed with a bare `TypeError` was blocked by CORS: the
   * browser could reach the server (an opaque `no-cors` request, which needs no permission, got an
   * answer) but would not let the page have this one. False when the server cannot be reached at all.
   */
  async blockedByCors(fetcher: typeof fetch, url: string): Promise<boolean> {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return false;
    try {
      await fetcher(url, {
        method: 'GET',
        mode: 'no-cors',
        credentials: 'omit',
        cache: 'no-store',
        signal: AbortSignal.timeout(PROBE_TIMEOUT),
      });
      return true;
    } catch {
      return false;
    }
  }

  /** The warning for a blocked request, once per method and header list. */
  warnBlocked(request: { method: string; url: string; headers: Headers; credentials: boolean }): string {
    const origins = this.crossOrigin(request.url);
    const page = origins?.page ?? 'this page';
    const headers = preflightedHeaders(request.headers);
    const suspects = [
      ...(this.#allowedMethods.has(request.method) ? [] : [`the method ${request.method}`]),
      ...headers.filter((name) => !this.#allowedHeaders.has(name)).map(headerCase),
    ];
    const message =
      `RestAdapter: the browser blocked ${request.method} ${request.url}: the server is reachable, ` +
      `but its CORS answers do not let ${page} make this request. ` +
      (headers.length > 0
        ? `Its preflight (OPTIONS) must allow the method ${request.method} and the headers ` +
          `${headers.map(headerCase).join(', ')} (Access-Control-Allow-Methods, Access-Control-Allow-Headers)`
        : `The answer must carry Access-Control-Allow-Origin: ${page}`) +
      (request.credentials ? ', with Access-Control-Allow-Credentials: true' : '') +
      '. ' +
      (suspects.length > 0 && this.#allowedHeaders.size > 0
        ? `Earlier requests got through, so the one missing is most likely ${suspects.join(', ')}. `
        : '') +
      GUIDE;
    this.#warnOnce(`blocked ${request.method} ${headers.join(',')}`, message);
    return message;
  }

  /** A versioned answer came without a readable `ETag`: updates would go without `If-Match`. */
  warnNoEtag(url: string): void {
    const origins = this.crossOrigin(url);
    const message = origins
      ? `RestAdapter: ${url} answered without an ETag the page can read. On another origin the ` +
        `server must send Access-Control-Expose-Headers: ETag, Retry-After; without it updates go ` +
        `without If-Match and the server refuses them (428), losing the protection against ` +
        `overwriting someone else's change. ${GUIDE}`
      : `RestAdapter: ${url} answered without an ETag: updates go without If-Match, and the ` +
        `contract's server refuses them (428). ${GUIDE}`;
    this.#warnOnce('etag', message);
  }

  #warnOnce(key: string, message: string): void {
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(message);
  }
}

/**
 * What `RestAdapter` tells the integrator when the backend's CORS setup, not the network, is what
 * fails: a browser hides the reason from scripts (a blocked request is a bare `TypeError`, an
 * unexposed header is simply absent), so without this a page says "check your connection" to a
 * person whose connection works, or quietly sends updates without `If-Match`.
 */
const PROBE_TIMEOUT = 3000;

/** Request headers a browser sends without a preflight (with the values the adapter gives them). */
const SAFELISTED = new Set(['accept', 'accept-language', 'content-language']);
/** `Content-Type` values that need no preflight; JSON and files do. */
const SIMPLE_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

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

export interface BlockedRequest {
  method: string;
  url: string;
  headers: Headers;
  credentials: boolean;
}

/**
 * What the adapter learns of the server's CORS rules as requests go, and the warnings it gives. The
 * wording (`cors-messages.ts`) loads only when there is something to warn about.
 */
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
  async warnBlocked(request: BlockedRequest): Promise<void> {
    const headers = preflightedHeaders(request.headers);
    const key = `blocked ${request.method} ${headers.join(',')}`;
    if (this.#warned.has(key)) return;
    const suspects = {
      method: !this.#allowedMethods.has(request.method),
      headers: headers.filter((name) => !this.#allowedHeaders.has(name)),
      // Only a guess when something got through before.
      known: this.#allowedHeaders.size > 0,
    };
    const { blockedMessage } = await import('./cors-messages.js');
    this.#warnOnce(key, blockedMessage(request, headers, this.crossOrigin(request.url)?.page, suspects));
  }

  /** A versioned answer came without a readable `ETag`: updates would go without `If-Match`. */
  async warnNoEtag(url: string): Promise<void> {
    if (this.#warned.has('etag')) return;
    const { noEtagMessage } = await import('./cors-messages.js');
    this.#warnOnce('etag', noEtagMessage(url, this.crossOrigin(url) !== undefined));
  }

  #warnOnce(key: string, message: string): void {
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(message);
  }
}

/**
 * The wording of `CorsDiagnostics`' warnings, for the integrator reading the console. Loaded with
 * `import()` the first time there is something to say: a page whose backend is set up right never
 * fetches it.
 */
import type { BlockedRequest } from './diagnostics.js';

const GUIDE = 'See docs/integrating.md ("CORS") in the account-elements package.';

/** `if-match` as the contract spells it: `If-Match`. */
function headerCase(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}

/** A request the browser blocked: what the server's CORS answers must allow, and the likeliest gap. */
export function blockedMessage(
  request: BlockedRequest,
  headers: readonly string[],
  pageOrigin: string | undefined,
  suspects: { method: boolean; headers: readonly string[]; known: boolean },
): string {
  const page = pageOrigin ?? 'this page';
  const suspected = [
    ...(suspects.method ? [`the method ${request.method}`] : []),
    ...suspects.headers.map(headerCase),
  ];
  return (
    `RestAdapter: the browser blocked ${request.method} ${request.url}: the server is reachable, ` +
    `but its CORS answers do not let ${page} make this request. ` +
    (headers.length > 0
      ? `Its preflight (OPTIONS) must allow the method ${request.method} and the headers ` +
        `${headers.map(headerCase).join(', ')} (Access-Control-Allow-Methods, Access-Control-Allow-Headers)`
      : `The answer must carry Access-Control-Allow-Origin: ${page}`) +
    (request.credentials ? ', with Access-Control-Allow-Credentials: true' : '') +
    '. ' +
    (suspected.length > 0 && suspects.known
      ? `Earlier requests got through, so the one missing is most likely ${suspected.join(', ')}. `
      : '') +
    GUIDE
  );
}

/** A versioned answer without a readable `ETag`: updates would go without `If-Match`. */
export function noEtagMessage(url: string, crossOrigin: boolean): string {
  return crossOrigin
    ? `RestAdapter: ${url} answered without an ETag the page can read. On another origin the ` +
        `server must send Access-Control-Expose-Headers: ETag, Retry-After; without it updates go ` +
        `without If-Match and the server refuses them (428), losing the protection against ` +
        `overwriting someone else's change. ${GUIDE}`
    : `RestAdapter: ${url} answered without an ETag: updates go without If-Match, and the ` +
        `contract's server refuses them (428). ${GUIDE}`;
}

/**
 * What `RestAdapter` tells an integrator whose backend's CORS setup is wrong. The fetch here answers
 * as a browser does: a request its CORS rules refuse is a bare TypeError, while an opaque `no-cors`
 * request to the same server still gets through; a header not exposed is simply absent.
 */
import { expect } from '@open-wc/testing';
import { AccountError } from '../../../src/api/index.js';
import { RestAdapter } from '../../../src/adapters/rest/index.js';

const API = 'https://api.example.test/v1';
const ACCOUNT = {
  id: 'acc_1',
  name: 'Ada Lovelace',
  username: 'ada',
  email: 'ada@example.com',
  pendingEmail: null,
  phone: null,
  avatarUrl: null,
  role: 'admin',
  createdAt: '2026-01-01T00:00:00Z',
};

interface Call {
  url: string;
  init: RequestInit;
}

/** A browser's fetch against a server whose CORS lets `allowed` through and blocks the rest. */
function browserFetch(options: {
  reachable: boolean;
  allowed: (init: RequestInit) => boolean;
  etag?: boolean;
}) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    const url = String(input);
    calls.push({ url, init });
    if (!options.reachable) throw new TypeError('Failed to fetch');
    // Opaque: no status, no headers, no body for the page; but it proves the server answers.
    if (init.mode === 'no-cors') return new Response(null, { status: 200 });
    if (!options.allowed(init)) throw new TypeError('Failed to fetch');
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (options.etag !== false) headers.ETag = '"1"';
    return new Response(JSON.stringify(ACCOUNT), { status: 200, headers });
  };
  return { fetch, calls };
}

/** Collects `console.warn` for the test's duration. */
function captureWarnings(): { warnings: string[]; restore: () => void } {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

async function rejection(promise: Promise<unknown>): Promise<AccountError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(AccountError);
    return error as AccountError;
  }
  throw new Error('expected a rejection');
}

describe('RestAdapter on another origin', () => {
  let log: ReturnType<typeof captureWarnings>;
  beforeEach(() => (log = captureWarnings()));
  afterEach(() => log.restore());

  it('tells a preflight that refuses If-Match from a dead network, and names the header once', async () => {
    // A "basic" CORS setup: the GET with its token goes through, the update's If-Match does not.
    const server = browserFetch({
      reachable: true,
      allowed: (init) => !new Headers(init.headers).has('If-Match'),
    });
    const adapter = new RestAdapter({ baseUrl: API, getToken: () => 't', fetch: server.fetch, retries: 0 });
    await adapter.getAccount();

    const error = await rejection(adapter.updateProfile({ name: 'Ada King' }));
    expect(error.code, 'not "check your connection"').to.equal('invalid_response');
    expect(error.retryable).to.equal(false);
    expect(log.warnings).to.have.length(1);
    const [warning] = log.warnings;
    expect(warning).to.contain('PATCH https://api.example.test/v1/account');
    expect(warning).to.contain('Authorization, Content-Type, If-Match');
    expect(warning).to.match(/most likely the method PATCH, Content-Type, If-Match/);
    expect(warning).to.contain('docs/integrating.md');

    await rejection(adapter.updateProfile({ name: 'Ada King' }));
    expect(log.warnings, 'once per adapter').to.have.length(1);
    expect(server.calls.filter((call) => call.init.mode === 'no-cors')).to.have.length(2);
  });

  it('says network, and warns of nothing, when the server cannot be reached at all', async () => {
    const server = browserFetch({ reachable: false, allowed: () => true });
    const adapter = new RestAdapter({ baseUrl: API, fetch: server.fetch, retries: 0 });
    expect((await rejection(adapter.getAccount())).code).to.equal('network');
    expect(log.warnings).to.deep.equal([]);
  });

  it('does not probe a request to its own origin: a TypeError there is the network', async () => {
    const calls: RequestInit[] = [];
    const fetch: typeof globalThis.fetch = async (_input, init = {}) => {
      calls.push(init);
      throw new TypeError('Failed to fetch');
    };
    const adapter = new RestAdapter({ baseUrl: '/api', fetch, retries: 0 });
    expect((await rejection(adapter.getAccount())).code).to.equal('network');
    expect(calls.map((init) => init.mode)).to.deep.equal([undefined]);
    expect(log.warnings).to.deep.equal([]);
  });

  it('warns once when a versioned answer has no ETag the page can read', async () => {
    const server = browserFetch({ reachable: true, allowed: () => true, etag: false });
    const adapter = new RestAdapter({ baseUrl: API, fetch: server.fetch, retries: 0 });
    await adapter.getAccount();
    await adapter.getAccount();
    expect(log.warnings).to.have.length(1);
    expect(log.warnings[0]).to.contain('Access-Control-Expose-Headers: ETag, Retry-After');
    expect(log.warnings[0]).to.contain('docs/integrating.md');
    // What the warning is about: the update goes without If-Match.
    await adapter.updateProfile({ name: 'Ada King' });
    const update = server.calls.at(-1)!;
    expect(new Headers(update.init.headers).has('If-Match')).to.equal(false);
  });

  it('says nothing when the server exposes its ETag', async () => {
    const server = browserFetch({ reachable: true, allowed: () => true });
    const adapter = new RestAdapter({ baseUrl: API, fetch: server.fetch, retries: 0 });
    await adapter.getAccount();
    await adapter.updateProfile({ name: 'Ada King' });
    expect(new Headers(server.calls.at(-1)!.init.headers).get('If-Match')).to.equal('"1"');
    expect(log.warnings).to.deep.equal([]);
  });
});

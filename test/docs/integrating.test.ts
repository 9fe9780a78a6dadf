/**
 * docs/integrating.md is code too: its table of routes per element is `ELEMENT_ROUTES`, its CORS
 * headers are the contract's, and its two examples run here (the whole adapter contract against the
 * one written over a host's client).
 */
import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import { CORS_HEADERS, ELEMENT_ROUTES, ROUTES, STEP_UP_OPERATIONS } from '../../src/api/index.js';
import { createHandlers } from '../../src/mocks/index.js';
import { createFetchAdapter, createHostClient } from '../../docs/examples/fetch-adapter.js';
import { withTracing } from '../../docs/examples/tracing-adapter.js';
import { contractSuite, makeClock, type MakeSubject } from '../adapters/contract.js';
import { securityContract } from '../adapters/contract-security.js';
import { useMockApi } from '../support/mock-api.js';

type Operation = keyof typeof ROUTES;

async function guide(): Promise<string> {
  return (await fetch('/docs/integrating.md')).text();
}

describe('docs/integrating.md', () => {
  it('lists, per element, exactly the routes of ELEMENT_ROUTES, in order', async () => {
    const rows = [...(await guide()).matchAll(/^\| `<([a-z-]+)>` \| (.+) \|$/gm)];
    const documented: Record<string, RegExpMatchArray[]> = Object.fromEntries(
      rows.map(([, tag, cell]) => [
        tag,
        [...cell!.matchAll(/`([A-Za-z]+)` (GET|POST|PUT|PATCH|DELETE) (\S+?)(?=<br>|$)/g)],
      ]),
    );
    expect(Object.keys(documented)).to.deep.equal(Object.keys(ELEMENT_ROUTES));
    for (const [tag, operations] of Object.entries(ELEMENT_ROUTES)) {
      const entries = documented[tag]!;
      expect(
        entries.map(([, name]) => name),
        tag,
      ).to.deep.equal([...operations]);
      for (const [, name = '', method, path] of entries) {
        expect([method, path], name).to.deep.equal([...ROUTES[name as Operation]]);
      }
    }
  });

  it('gives every element with a step-up operation the identity check', () => {
    for (const [tag, operations] of Object.entries(ELEMENT_ROUTES)) {
      const list: readonly string[] = operations;
      const stepUp = list.some((name) => (STEP_UP_OPERATIONS as readonly string[]).includes(name));
      expect(list.includes('startReverification') && list.includes('completeReverification'), tag).to.equal(
        stepUp,
      );
    }
  });

  it('states the CORS headers of the contract', async () => {
    const text = await guide();
    expect(text).to.contain(`\`${CORS_HEADERS.allow.join(', ')}\``);
    expect(text).to.contain(`\`${CORS_HEADERS.expose.join(', ')}\``);
    expect(text).to.contain(`\`${CORS_HEADERS.methods.join(', ')}\``);
  });
});

// The worked example passes what RestAdapter and MemoryAdapter pass.
const make: MakeSubject = async (options = {}) => {
  const clock = makeClock();
  const backend = new MemoryAdapter({ now: () => clock.now, ...options });
  await useMockApi(createHandlers(backend, { baseUrl: '/host-api' }));
  return { adapter: createFetchAdapter(createHostClient('/host-api', () => 'a-token')), backend, clock };
};
contractSuite('the example adapter over a host client (docs/examples/fetch-adapter.ts)', make);
securityContract('the example adapter over a host client (docs/examples/fetch-adapter.ts)', make);

describe('the tracing decorator (docs/examples/tracing-adapter.ts)', () => {
  it('wraps every method of a RestAdapter, ending each span with the outcome', async () => {
    const backend = new MemoryAdapter({ reverify: ['revealApiKey'] });
    await useMockApi(createHandlers(backend, { baseUrl: '/traced' }));
    const spans: string[] = [];
    const adapter = withTracing(new RestAdapter({ baseUrl: '/traced', retries: 0 }), (name) => ({
      end: ({ error }) => spans.push(error ? `${name} ${error}` : name),
    }));
    expect((await adapter.getAccount()).username).to.equal('ada');
    await adapter.revealApiKey().catch(() => undefined);
    expect(spans).to.deep.equal(['account.getAccount', 'account.revealApiKey reverification_required']);
  });
});

/**
 * The script of `plain-page.html`: README's page with no build step, on the one-file CDN entry. The
 * tags are registered as the entry loads, so `<account-settings>` starts with no adapter; the page
 * then starts its backend (the contract served by MSW from a `MemoryAdapter`, answering after a
 * network-like delay) and only then configures a `RestAdapter`, as a host that fetches a token first
 * would. Nothing here waits for the elements.
 */
import { configure, RestAdapter } from '../../src/cdn/index.js';
import { startMockApi } from '../../src/mocks/index.js';

await startMockApi({ adapterOptions: { reverify: [], latency: 150 } });
configure({ adapter: new RestAdapter({ baseUrl: '/api' }) });

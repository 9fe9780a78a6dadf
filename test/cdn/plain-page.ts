/**
 * The script of `plain-page.html` (README's page with no build step) and `provider-page.html` (the
 * same inside an `<account-provider>`), on the one-file CDN entry. The tags are registered as the
 * entry loads, so the elements start with no adapter; the page then starts its backend (the contract
 * served by MSW from a `MemoryAdapter`, answering after a network-like delay) and only then gives a
 * `RestAdapter`, as a host that fetches a token first would: to the whole page with `configure()`,
 * or to the element or provider its `?adapter-on=` names. `&locale=` is given a moment later still.
 * Nothing here waits for the elements.
 */
import { configure, RestAdapter } from '../../src/cdn/index.js';
import { startMockApi } from '../../src/mocks/index.js';

interface Holder {
  adapter?: RestAdapter | undefined;
  locale?: string | undefined;
}

const query = new URLSearchParams(location.search);
const on = query.get('adapter-on');
const locale = query.get('locale');
const holder = on ? document.querySelector<HTMLElement & Holder>(on) : null;

await startMockApi({ adapterOptions: { reverify: [], latency: 150 } });
const adapter = new RestAdapter({ baseUrl: '/api' });
if (holder) holder.adapter = adapter;
else configure({ adapter });
if (locale) {
  await new Promise((resolve) => setTimeout(resolve, 50));
  if (holder) holder.locale = locale;
  else configure({ locale });
}

/**
 * The script of `late-sections.html`: the settings page as a host that imports only what it shows
 * builds it (the provider, the gear menu and `<account-settings>`, each from its own entry), on a
 * `RestAdapter` whose requests MSW answers from a `MemoryAdapter`, as on the demo. The adapter is
 * there before the elements register, as on a host that has its session at hand. The sections below
 * the first view are not imported: the page fetches them itself.
 */
import '../../../src/elements/account-provider/account-provider.js';
import { RestAdapter } from '../../../src/adapters/rest/index.js';
import type { AccountProvider } from '../../../src/core/account-provider.js';
import { startMockApi } from '../../../src/mocks/index.js';

await startMockApi({ adapterOptions: { reverify: [], latency: 150 } });
document.querySelector<AccountProvider>('account-provider')!.adapter = new RestAdapter({ baseUrl: '/api' });
await import('../../../src/elements/settings-menu/settings-menu.js');
await import('../../../src/elements/account-settings/account-settings.js');

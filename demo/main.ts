// The library entry registers every element (and the provider), as `import 'account-elements'`
// does on a host page. One element alone: '../src/elements/account-profile/account-profile.js'.
import '../src/index.js';
import { render } from 'lit';
import { DEMO_PASSWORD, MemoryAdapter, type NewSession } from '../src/adapters/memory/index.js';
import { RestAdapter } from '../src/adapters/rest/index.js';
import {
  ERROR_CODES,
  isAbort,
  toAccountError,
  type AccountErrorCode,
  type OutboxMessage,
} from '../src/api/index.js';
import { AccountProvider } from '../src/core/account-provider.js';
import { SettingsMenu } from '../src/elements/settings-menu/settings-menu.component.js';
import { storeFor } from '../src/core/store.js';
import { createHandlers, startMockApi } from '../src/mocks/index.js';
import { accountSummary, type AccountView } from './account-view.js';
import { outboxList, type FollowState } from './outbox-view.js';
import { loadPrefs, savePrefs, type DemoPrefs, type Locale } from './prefs.js';

const BASE_URL = '/api';
const STORAGE_KEY = 'account-elements-demo';
/** Long enough to see every loading and saving state, short enough not to annoy. */
const LATENCY = 300;

function byId<T extends Element>(id: string, type: abstract new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`demo/index.html lacks #${id}`);
  return element;
}

const provider = byId('provider', AccountProvider);
const controls = byId('controls', HTMLFormElement);
const summaryOutlet = byId('account-summary', HTMLElement);
const outboxOutlet = byId('outbox', HTMLElement);
const faultStatus = byId('fault-status', HTMLElement);
const menu = byId('settings-menu', SettingsMenu);
const faultSelect = controlNamed('fault', HTMLSelectElement);
const timesSelect = controlNamed('times', HTMLSelectElement);
byId('demo-password', HTMLElement).textContent = DEMO_PASSWORD;

function controlNamed<T extends Element>(name: string, type: abstract new () => T): T {
  const control = controls.elements.namedItem(name);
  if (!(control instanceof type)) throw new Error(`demo/index.html lacks the control "${name}"`);
  return control;
}

// ---------------------------------------------------------------------------------------------
// The backend (in this tab) and the adapter the elements use (over fetch, to the service worker)

let prefs: DemoPrefs = loadPrefs();
let backend = createBackend();
const mockApi = startMockApi({ adapter: backend, baseUrl: BASE_URL });
let adapter = restAdapter();
// The elements get their adapter and their language at once, as on a host page, so each resource is
// asked for once, in the right language from the first render; their first requests wait for the
// service worker that plays the backend here. The gear menu sits in the header, outside the
// provider: it gets the same adapter, so the same store.
provider.adapter = menu.adapter = adapter;
applyPrefs();

function restAdapter(): RestAdapter {
  return new RestAdapter({
    baseUrl: BASE_URL,
    fetch: async (input, init) => {
      await mockApi;
      return fetch(input, init);
    },
  });
}

function createBackend(): MemoryAdapter {
  // Both people live in one saved state; the role only picks who is signed in.
  return new MemoryAdapter({ user: prefs.user, persist: STORAGE_KEY, latency: LATENCY });
}

const { worker } = await mockApi.catch((error: unknown) => {
  summaryOutlet.textContent = `The mock API could not start, so nothing can load: ${String(error)}`;
  throw error;
});

/**
 * A new adapter means a new shared store: every element reloads from the backend as it is now,
 * as after a sign-in on a real site. At start the elements keep the one they already have.
 */
function connectAdapter(next: RestAdapter = restAdapter()): void {
  adapter = next;
  provider.adapter = menu.adapter = adapter;
  stopFollowingAccount?.();
  // Saves made by the elements land in the store; the summary and the top bar follow them.
  stopFollowingAccount = storeFor(adapter).subscribe('account', (account) =>
    showAccount({ status: 'ready', account }),
  );
  void loadAccount();
}

// ---------------------------------------------------------------------------------------------
// The signed-in account, read the way the elements read it

let stopFollowingAccount: (() => void) | undefined;
let accountLoad: AbortController | undefined;

async function loadAccount(force = false): Promise<void> {
  accountLoad?.abort();
  const load = new AbortController();
  accountLoad = load;
  showAccount({ status: 'loading' });
  try {
    const account = await storeFor(adapter).load('account', { signal: load.signal, force });
    if (load === accountLoad) showAccount({ status: 'ready', account });
  } catch (error) {
    if (isAbort(error) || load !== accountLoad) return;
    showAccount({ status: 'error', error: toAccountError(error) });
  }
}

function showAccount(view: AccountView): void {
  render(
    accountSummary(view, () => void loadAccount(true)),
    summaryOutlet,
  );
}

// ---------------------------------------------------------------------------------------------
// The outbox: what the backend "sent"

const follows = new Map<string, FollowState>();
let stopWatchingOutbox = backend.subscribe(showOutbox);

function showOutbox(): void {
  render(
    outboxList(backend.outbox, follows, { follow: followLink, copy: copySecret }, Date.now()),
    outboxOutlet,
  );
}

/** What the person's mail client would do with the link: the page behind it confirms the address. */
async function followLink(message: OutboxMessage): Promise<void> {
  follows.set(message.id, { status: 'following' });
  showOutbox();
  try {
    const account = await adapter.confirmEmailChange(message.secret);
    // The page behind the link is this page, so the elements hear of the new address at once.
    storeFor(adapter).set('account', account);
    follows.set(message.id, { status: 'confirmed', email: account.email });
  } catch (error) {
    follows.set(message.id, { status: 'failed', code: toAccountError(error).code });
  }
  showOutbox();
}

function copySecret(message: OutboxMessage): void {
  navigator.clipboard.writeText(message.secret).catch(() => {
    // Without clipboard permission the code is still on screen to type.
  });
}

// ---------------------------------------------------------------------------------------------
// Fault injection

/**
 * The backend queues faults with no way to take one back, so a fault stays armed (and the select
 * locked) until the requests it was armed for have been made, or the data is reset.
 */
let armed: { code: AccountErrorCode; remaining: number } | undefined;

function arm(code: AccountErrorCode, times: number): void {
  backend.failNext(code, { times });
  armed = { code, remaining: times };
  showFault();
}

function showFault(): void {
  faultSelect.disabled = timesSelect.disabled = armed !== undefined;
  if (!armed) faultSelect.value = '';
  const next = armed?.remaining === 1 ? 'next request fails' : `next ${armed?.remaining ?? 0} requests fail`;
  faultStatus.textContent = armed ? `Armed: the ${next} with ${armed.code}.` : '';
}

worker.events.on('request:start', ({ request }) => {
  if (!armed || !new URL(request.url).pathname.startsWith(`${BASE_URL}/`)) return;
  armed.remaining -= 1;
  if (armed.remaining <= 0) armed = undefined;
  showFault();
});

function isLocale(value: string): value is Locale {
  return value === 'en' || value === 'es' || value === 'de' || value === 'ar';
}

function isErrorCode(value: string): value is AccountErrorCode {
  return (ERROR_CODES as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------------------------
// The page's own controls

function applyPrefs(): void {
  const root = document.documentElement;
  root.dataset.theme = prefs.theme;
  root.dir = prefs.dir;
  provider.theme = prefs.theme === 'system' ? 'auto' : prefs.theme;
  // The gear menu sits outside the provider, so it is told the locale too.
  provider.locale = menu.locale = prefs.locale;
  for (const [name, value] of Object.entries(prefs)) {
    const group = controls.elements.namedItem(name);
    if (group instanceof RadioNodeList) group.value = value;
  }
  savePrefs(prefs);
}

function switchUser(): void {
  stopWatchingOutbox();
  backend = createBackend();
  worker.resetHandlers(...createHandlers(backend, { baseUrl: BASE_URL }));
  stopWatchingOutbox = backend.subscribe(showOutbox);
  armed = undefined;
  follows.clear();
  connectAdapter();
  showOutbox();
  showFault();
}

function resetDemo(): void {
  backend.reset();
  armed = undefined;
  follows.clear();
  connectAdapter();
  showFault();
}

/** The devices a sign-in elsewhere comes from, in turn, so each new row can be told apart. */
const ELSEWHERE: NewSession[] = [
  {},
  {
    device: { kind: 'desktop', os: 'Ubuntu 24.04', browser: 'Firefox 146' },
    place: { city: 'Osaka', country: 'JP' },
  },
  { device: { kind: 'tablet', os: 'Android 15', browser: null }, place: null, ipAddress: null },
];
let signIns = 0;

function signInElsewhere(): void {
  backend.signInElsewhere(ELSEWHERE[signIns++ % ELSEWHERE.length]);
  // No backend tells a page of a sign-in elsewhere: the page reads the sessions again, as it would
  // on coming back into view, so the new device shows at once.
  void storeFor(adapter)
    .load('sessions', { force: true })
    .catch(() => {});
}

controls.addEventListener('change', (event) => {
  const control = event.target;
  if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement)) return;
  const { name, value } = control;
  if (name === 'user' && (value === 'admin' || value === 'member') && value !== prefs.user) {
    prefs = { ...prefs, user: value };
    applyPrefs();
    switchUser();
  } else if (name === 'theme' && (value === 'system' || value === 'light' || value === 'dark')) {
    prefs = { ...prefs, theme: value };
    applyPrefs();
  } else if (name === 'locale' && isLocale(value)) {
    // Arabic reads right to left: the page turns with it, as an Arabic host's page would be.
    prefs = { ...prefs, locale: value, dir: value === 'ar' ? 'rtl' : 'ltr' };
    applyPrefs();
  } else if (name === 'dir' && (value === 'ltr' || value === 'rtl')) {
    prefs = { ...prefs, dir: value };
    applyPrefs();
  } else if (name === 'fault' && isErrorCode(value)) {
    arm(value, Number(timesSelect.value) || 1);
  }
});
controls.addEventListener('submit', (event) => event.preventDefault());
byId('reset', HTMLButtonElement).addEventListener('click', resetDemo);
byId('sign-in-elsewhere', HTMLButtonElement).addEventListener('click', signInElsewhere);
byId('reload-account', HTMLButtonElement).addEventListener('click', () => void loadAccount(true));
// A host's own menu entry: the demo has no session to end, so it says what a host would do.
byId('sign-out', HTMLButtonElement).addEventListener('click', () => {
  faultStatus.textContent = 'Signed out (in the demo nothing happens: a host would end its session here).';
});

connectAdapter(adapter);
showOutbox();
showFault();
// Keeps "2 minutes ago" true while the page sits open.
setInterval(showOutbox, 15_000);
